-- Broadsheet's Spring Boot example, schema version 1: content, comments, subscribers.
-- ${json} is the JSON column type: JSONB on PostgreSQL, CLOB on H2 (spring.flyway.placeholders.json).
-- Content rows hold the model in Broadsheet's documented JSON format (BroadsheetJson.storage()) in "doc", with the
-- columns queries filter and sort on beside it.

CREATE TABLE sections (
    slug        VARCHAR(200) PRIMARY KEY,
    parent_slug VARCHAR(200),
    ordinal     INTEGER      NOT NULL,
    doc         ${json}      NOT NULL
);

CREATE TABLE tags (
    slug VARCHAR(200) PRIMARY KEY,
    doc  ${json}      NOT NULL
);

CREATE TABLE people (
    slug VARCHAR(200) PRIMARY KEY,
    doc  ${json}      NOT NULL
);

CREATE TABLE articles (
    id           VARCHAR(200) PRIMARY KEY,
    slug         VARCHAR(200) NOT NULL UNIQUE,
    section_slug VARCHAR(200),
    status       VARCHAR(20)  NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    modified_at  TIMESTAMP WITH TIME ZONE,
    doc          ${json}      NOT NULL
);
CREATE INDEX articles_listing ON articles (status, published_at);
CREATE INDEX articles_section ON articles (section_slug);

-- an article is listed under its section and every ancestor of it
CREATE TABLE article_sections (
    section_slug VARCHAR(200) NOT NULL,
    article_id   VARCHAR(200) NOT NULL REFERENCES articles (id),
    PRIMARY KEY (section_slug, article_id)
);
CREATE TABLE article_tags (
    tag_slug   VARCHAR(200) NOT NULL,
    article_id VARCHAR(200) NOT NULL REFERENCES articles (id),
    PRIMARY KEY (tag_slug, article_id)
);
CREATE TABLE article_people (
    person_slug VARCHAR(200) NOT NULL,
    article_id  VARCHAR(200) NOT NULL REFERENCES articles (id),
    PRIMARY KEY (person_slug, article_id)
);

-- "doc" is the comment's public JSON (BroadsheetJson.publicView(): no email, no IP). The private columns are
-- author_email, author_ip and author_key (a keyed hash of the address); no public query selects them.
CREATE TABLE comments (
    id           VARCHAR(100) PRIMARY KEY,
    article_id   VARCHAR(200) NOT NULL REFERENCES articles (id),
    parent_id    VARCHAR(100),
    status       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    doc          ${json}      NOT NULL,
    reasons      VARCHAR(4000) NOT NULL,
    author_email VARCHAR(320),
    author_ip    VARCHAR(64),
    author_key   VARCHAR(100)
);
CREATE INDEX comments_article ON comments (article_id, status, created_at);
CREATE INDEX comments_status ON comments (status, created_at);
CREATE INDEX comments_author ON comments (author_key, status);

-- private as a whole: "doc" is the subscriber's storage JSON (address, consent with IP); no page reads it
CREATE TABLE subscribers (
    id          VARCHAR(100) PRIMARY KEY,
    address_key VARCHAR(320) NOT NULL UNIQUE,
    status      VARCHAR(20)  NOT NULL,
    doc         ${json}      NOT NULL
);

-- one row; the instance that flips it seeds the fixtures, the others wait on its row lock and skip
CREATE TABLE seed_state (
    id     INTEGER PRIMARY KEY,
    seeded BOOLEAN NOT NULL
);
INSERT INTO seed_state (id, seeded) VALUES (1, FALSE);
