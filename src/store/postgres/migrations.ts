/**
 * PostgreSQL schema, as numbered migrations: the SQLite schema (src/store/sqlite/migrations.ts) in
 * PostgreSQL's dialect, with a tsvector + GIN index in place of FTS5. `schema_migrations` records the
 * versions applied; each runs in its own transaction.
 */
import { ANALYSIS_ROW_TABLES } from '../analysis-row-tables.js'
import type { Migration } from '../sqlite/migrations.js'

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, analyses, their rows, duplicates, clusters, full-text index',
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT,
  outlet TEXT,
  url TEXT,
  url_key TEXT,
  published TEXT,
  language TEXT,
  author TEXT,
  source TEXT,
  text_hash TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  wire TEXT,
  signature TEXT,
  cluster_id TEXT,
  duplicate_of TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_url_key ON documents (url_key) WHERE url_key IS NOT NULL;
CREATE INDEX documents_text_hash ON documents (text_hash);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_cluster ON documents (cluster_id);
CREATE INDEX documents_signature ON documents (signature, published) WHERE signature IS NOT NULL;

CREATE TABLE analyses (
  document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  schema TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE fingerprint_bands (
  band INTEGER NOT NULL,
  value BIGINT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (band, value, document_id)
);

${ANALYSIS_ROW_TABLES}
-- A document seen again: stored as a near duplicate, or skipped as an exact one (then it has no row
-- in documents, only here).
CREATE TABLE duplicates (
  document_id TEXT NOT NULL,
  duplicate_of TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('id', 'url', 'hash', 'near', 'wire')),
  similarity DOUBLE PRECISION NOT NULL,
  source TEXT,
  PRIMARY KEY (document_id, duplicate_of)
);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  signature TEXT,
  first_published TEXT,
  last_published TEXT,
  size INTEGER NOT NULL
);

-- Index terms (folded forms and clitic-stripped stems, see src/store/search-terms.ts) as a tsvector
-- of the 'simple' configuration: the terms are already folded, so no stemming or stop words here.
CREATE TABLE document_terms (
  document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  terms TSVECTOR NOT NULL
);
CREATE INDEX document_terms_gin ON document_terms USING GIN (terms);
`,
  },
  {
    version: 2,
    description: 'sourcing profiles per document, frame leans, indexes for the read queries',
    sql: `
CREATE TABLE document_sourcing (
  document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  named INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  official_bodies INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  attributions INTEGER NOT NULL,
  single_source INTEGER NOT NULL,
  own_voice_share DOUBLE PRECISION NOT NULL
);
INSERT INTO document_sourcing
SELECT document_id,
  coalesce((json::jsonb #>> '{sourcing,named}')::int, 0),
  coalesce((json::jsonb #>> '{sourcing,anonymous}')::int, 0),
  coalesce((json::jsonb #>> '{sourcing,officialBodies}')::int, 0),
  coalesce((json::jsonb #>> '{sourcing,outlets}')::int, 0),
  coalesce((json::jsonb #>> '{sourcing,documents}')::int, 0),
  coalesce((json::jsonb #>> '{sourcing,attributions}')::int, 0),
  CASE WHEN json::jsonb #>> '{sourcing,singleSource}' = 'true' THEN 1 ELSE 0 END,
  coalesce((json::jsonb #>> '{sourcing,ownVoiceShare}')::double precision, 1)
FROM analyses;

ALTER TABLE frames ADD COLUMN lean TEXT;
UPDATE frames f SET lean = a.json::jsonb -> 'frames' -> f.position ->> 'lean'
FROM analyses a WHERE a.document_id = f.document_id;

CREATE INDEX frames_target ON frames (target) WHERE target IS NOT NULL;
CREATE INDEX clusters_last_published ON clusters (last_published);
CREATE INDEX documents_published_id ON documents (published, id);
`,
  },
  {
    version: 3,
    description: 'indexes for the entity filter and event modality',
    sql: `
CREATE INDEX entities_latin ON entities (lower(latin));
CREATE INDEX entities_text ON entities (text);
CREATE INDEX events_modality ON events (modality);
`,
  },
  {
    version: 4,
    description: 'covering indexes for the search facets (event types and actor codes per document)',
    sql: `
CREATE INDEX events_document_type ON events (document_id, type);
CREATE INDEX event_actors_document_code ON event_actors (document_id, code, name);
`,
  },
]
