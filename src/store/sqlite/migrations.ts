/**
 * SQLite schema, as numbered migrations. `PRAGMA user_version` holds the last one applied; each runs in
 * its own transaction, so a store is always at one version or the next, never between.
 */
import { ANALYSIS_ROW_TABLES } from '../analysis-row-tables.js'
export interface Migration {
  readonly version: number
  readonly description: string
  readonly sql: string
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
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
  value INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (band, value, document_id)
) WITHOUT ROWID;

${ANALYSIS_ROW_TABLES}
-- A document seen again: stored as a near duplicate, or skipped as an exact one (then it has no row
-- in documents, only here).
CREATE TABLE duplicates (
  document_id TEXT NOT NULL,
  duplicate_of TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('id', 'url', 'hash', 'near', 'wire')),
  similarity REAL NOT NULL,
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

-- Index terms (folded forms and clitic-stripped stems, see src/store/search-terms.ts), keyed by the
-- documents rowid; the text itself lives in documents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0');
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
  own_voice_share REAL NOT NULL
);
INSERT INTO document_sourcing
SELECT document_id,
  coalesce(json_extract(json, '$.sourcing.named'), 0),
  coalesce(json_extract(json, '$.sourcing.anonymous'), 0),
  coalesce(json_extract(json, '$.sourcing.officialBodies'), 0),
  coalesce(json_extract(json, '$.sourcing.outlets'), 0),
  coalesce(json_extract(json, '$.sourcing.documents'), 0),
  coalesce(json_extract(json, '$.sourcing.attributions'), 0),
  coalesce(json_extract(json, '$.sourcing.singleSource'), 0),
  coalesce(json_extract(json, '$.sourcing.ownVoiceShare'), 1)
FROM analyses;

ALTER TABLE frames ADD COLUMN lean TEXT;
UPDATE frames SET lean = (
  SELECT json_extract(frame.value, '$.lean') FROM analyses a, json_each(a.json, '$.frames') frame
  WHERE a.document_id = frames.document_id AND frame.key = frames.position
);

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
  {
    version: 5,
    description: 'the full-text index keeps no copy of its terms (contentless)',
    // The terms (3× the text's size) were stored a second time in documents_fts_content, which nothing
    // reads: queries take rowids and ranks from the index alone, and the text lives in documents.
    // contentless_delete keeps rows deletable, as they were.
    sql: `
CREATE VIRTUAL TABLE documents_fts_index USING fts5 (
  terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO documents_fts_index (rowid, terms) SELECT rowid, terms FROM documents_fts;
DROP TABLE documents_fts;
ALTER TABLE documents_fts_index RENAME TO documents_fts;
`,
  },
]
