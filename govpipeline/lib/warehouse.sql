-- govpipeline: every table of the DuckDB file and its column contract, in one place.
-- Layers write their own schema: raw -> normalized -> extracted -> warehouse -> analytics; checks write quality.
-- Tables are derived from the files in the raw folder, so a changed contract rebuilds them (see lib/db.py).

CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS normalized;
CREATE SCHEMA IF NOT EXISTS extracted;
CREATE SCHEMA IF NOT EXISTS warehouse;
CREATE SCHEMA IF NOT EXISTS analytics;
CREATE SCHEMA IF NOT EXISTS quality;

-- ingest layer: one row per file found in the raw folder
CREATE TABLE IF NOT EXISTS raw.documents (
    doc_id        VARCHAR NOT NULL,   -- stable id of the file: hash of its path relative to the raw folder
    source_path   VARCHAR NOT NULL,   -- path relative to the raw folder
    sha256        VARCHAR NOT NULL,   -- content hash of the bytes read
    n_bytes       BIGINT NOT NULL,
    modified_ns   BIGINT,             -- the file's modification time when read: with n_bytes, a rerun hashes only
                                      -- files whose size or time differ
    encoding      VARCHAR,            -- codec the text was decoded with
    decoded_text  VARCHAR,            -- the file as text; offsets source_start/source_end point into it
    error         VARCHAR,            -- why the file is not a readable report (then decoded_text is NULL)
    code_version  VARCHAR NOT NULL,   -- stamp of the code that read it; other code reads the file again
    ingested_at   TIMESTAMP NOT NULL
);

-- normalize layer
CREATE TABLE IF NOT EXISTS normalized.documents (
    doc_id          VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    script          VARCHAR,          -- 'simplified' | 'traditional' (of the source)
    normalized_text VARCHAR,
    offset_map      INTEGER[],        -- flat (normalized_start, source_start, length) triples, see lib/offsets.py
    source_length   INTEGER,
    title           VARCHAR,
    issuer          VARCHAR,
    region          VARCHAR,
    region_code     VARCHAR,
    admin_level     VARCHAR,
    province        VARCHAR,
    city            VARCHAR,
    county          VARCHAR,
    report_year     INTEGER,
    report_period   VARCHAR,          -- the part of report_year the title names (第三季度, 上半年, 1-9月, 10月)
    publish_date    DATE,
    doc_type        VARCHAR,
    template        VARCHAR,
    repairs         VARCHAR,          -- JSON list of damage repaired or left in place
    error           VARCHAR,
    code_version    VARCHAR NOT NULL, -- stamp of the code that derived the row (and its input); see lib/stages.py
    normalized_at   TIMESTAMP NOT NULL,
    -- issue 23: who issued the report, and where each field was found
    body            VARCHAR,          -- the issuing body, one spelling (某县政府 -> 某县人民政府, 管委会 -> 管理委员会)
    source_url      VARCHAR,          -- the page's address, from a crawler's header (原文链接)
    metadata_found_in VARCHAR         -- JSON: field -> 'header' | 'title' | 'text', see warehouse.documents
);

-- extract layer
CREATE TABLE IF NOT EXISTS extracted.documents (
    doc_id        VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    n_facts       INTEGER,
    error         VARCHAR,
    code_version  VARCHAR NOT NULL,
    extracted_at  TIMESTAMP NOT NULL,
    table_cells_expected INTEGER,
    table_cells_read     INTEGER
);
CREATE TABLE IF NOT EXISTS extracted.facts (
    fact_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, metric VARCHAR, metric_id VARCHAR, scope VARCHAR, value DOUBLE NOT NULL,
    value_max DOUBLE, unit VARCHAR NOT NULL, kind VARCHAR NOT NULL, approx VARCHAR, year INTEGER, quote VARCHAR NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, source_start INTEGER, source_end INTEGER, section VARCHAR,
    sentence VARCHAR, decimals INTEGER, scale DOUBLE
);
CREATE TABLE IF NOT EXISTS extracted.relations (
    relation_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, relation_type VARCHAR NOT NULL, role VARCHAR NOT NULL,
    fact_id VARCHAR NOT NULL, note VARCHAR, exhaustive BOOLEAN
);
CREATE TABLE IF NOT EXISTS extracted.enumerations (
    enumeration_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, heading VARCHAR, stated_count INTEGER,
    listed_count INTEGER, items VARCHAR[], count_fact_id VARCHAR
);

CREATE TABLE IF NOT EXISTS extracted.table_cells (
    doc_id VARCHAR NOT NULL, table_id VARCHAR NOT NULL, row_key VARCHAR NOT NULL, row_label VARCHAR,
    column_key VARCHAR NOT NULL, column_label VARCHAR, value DOUBLE, raw VARCHAR, is_blank BOOLEAN NOT NULL,
    derived BOOLEAN NOT NULL, fact_id VARCHAR, evidence VARCHAR
);
CREATE TABLE IF NOT EXISTS extracted.table_issues (
    doc_id VARCHAR NOT NULL, table_id VARCHAR NOT NULL, row_key VARCHAR, kind VARCHAR NOT NULL, raw VARCHAR,
    candidates VARCHAR[], "start" INTEGER
);

-- warehouse: the published tables (names fixed by the contract; analysts query these)
CREATE TABLE IF NOT EXISTS warehouse.documents (
    doc_id        VARCHAR NOT NULL,
    source_path   VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    encoding      VARCHAR,
    script        VARCHAR,
    title         VARCHAR,
    issuer        VARCHAR,
    region        VARCHAR,            -- canonical place name (株洲 / 株洲市人民政府 -> 株洲市)
    region_code   VARCHAR,            -- 6-digit administrative division code
    admin_level   VARCHAR,            -- province | city | county
    province      VARCHAR,
    city          VARCHAR,
    county        VARCHAR,
    report_year   INTEGER,
    report_period VARCHAR,            -- NULL for a whole year
    publish_date  DATE,
    doc_type      VARCHAR,
    template      VARCHAR,
    n_chars       INTEGER,
    n_facts       INTEGER,
    code_version  VARCHAR NOT NULL,   -- stamp of the govpipeline code that read, normalized and extracted it
    published_at  TIMESTAMP NOT NULL, -- when this version of the document reached the warehouse
    table_cells_expected INTEGER,     -- cells of the annual-report template tables of its version (2021: 10 + 175 + 15)
    table_cells_read     INTEGER,     -- of those, the cells read (blank cells count); less: see warehouse.table_issues
    -- the issuing body, apart from its region, and where each field was found
    body          VARCHAR,            -- the body that issued the report, one spelling (某某县行政审批局,
                                      -- 某某经济技术开发区管理委员会); its reports over the years form one series
    source_url    VARCHAR,            -- the page's address, from a crawler's header (原文链接)
    metadata_found_in VARCHAR         -- JSON object: for title, publish_date, issuer, body, region, report_year and
                                      -- source_url, where it was found: 'header' (a crawler's header or a page's
                                      -- info line), 'title' (the body or place the title opens with) or 'text'
);
CREATE TABLE IF NOT EXISTS warehouse.document_texts (
    doc_id          VARCHAR NOT NULL,
    normalized_text VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS warehouse.facts (
    fact_id       VARCHAR NOT NULL,
    doc_id        VARCHAR NOT NULL,
    metric        VARCHAR,
    metric_id     VARCHAR,            -- indicator id from lib/indicators.yaml when the label names one (a
                                      -- growth <id>_growth, a share <id>_share); a template cell's t3.row.column key
    scope         VARCHAR,
    value         DOUBLE NOT NULL,
    value_max     DOUBLE,
    unit          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    approx        VARCHAR,
    year          INTEGER,
    quote         VARCHAR NOT NULL,
    "start"       INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    source_start  INTEGER,
    source_end    INTEGER,
    section       VARCHAR,
    sentence      VARCHAR,
    decimals      INTEGER,
    scale         DOUBLE
);
CREATE TABLE IF NOT EXISTS warehouse.relations (
    relation_id   VARCHAR NOT NULL,
    doc_id        VARCHAR NOT NULL,
    relation_type VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    fact_id       VARCHAR NOT NULL,
    note          VARCHAR,
    exhaustive    BOOLEAN
);
CREATE TABLE IF NOT EXISTS warehouse.enumerations (
    doc_id         VARCHAR NOT NULL,
    heading        VARCHAR,
    stated_count   INTEGER,
    listed_count   INTEGER,
    items          VARCHAR[],
    enumeration_id VARCHAR NOT NULL,
    count_fact_id  VARCHAR
);
-- the annual-report template tables, one row per cell of the fixed grid (keys in lib/template.py), and the figures
-- of other tables (lib/tables.py), one row per figure whose unit is stated
CREATE TABLE IF NOT EXISTS warehouse.table_cells (
    doc_id        VARCHAR NOT NULL,
    table_id      VARCHAR NOT NULL,   -- t2 主动公开 | t3 收到和处理申请 | t4 复议诉讼 (version in documents.template);
                                      -- table1, table2, … other tables, numbered in text order (row r1…, column c1…)
    row_key       VARCHAR NOT NULL,
    row_label     VARCHAR,
    column_key    VARCHAR NOT NULL,
    column_label  VARCHAR,
    value         DOUBLE,             -- NULL when the cell is blank; 万元 cells are converted to 元
    raw           VARCHAR,            -- the cell as printed
    is_blank      BOOLEAN NOT NULL,
    derived       BOOLEAN NOT NULL,   -- computed (the form prints no subtotals for （三）–（六）), not printed
    fact_id       VARCHAR,            -- the printed cell as a fact in warehouse.facts
    evidence      VARCHAR             -- how a template cell was read: cells (printed as cells) | split (a run of
                                      -- digits split the one way the form's identities allow) | narrative (the
                                      -- report's text states a figure that settles the split) | previous_report
                                      -- (表二's 现行有效件数 of the same body's report of the year before settles it,
                                      -- lib/previous_reports.py); NULL for other tables
);
CREATE TABLE IF NOT EXISTS warehouse.table_issues (
    doc_id        VARCHAR NOT NULL,
    table_id      VARCHAR NOT NULL,
    row_key       VARCHAR,
    kind          VARCHAR NOT NULL,   -- ambiguous (several splits satisfy the identities) | unreadable | missing
                                      -- (the row, or with row_key NULL the whole table, was not found)
    raw           VARCHAR,
    candidates    VARCHAR[],          -- the readings left, each its cells as printed, space-separated
    "start"       INTEGER             -- where the row's figures (or the named table) start in the normalized text
);
CREATE TABLE IF NOT EXISTS warehouse.quarantine (
    source_path   VARCHAR NOT NULL,
    sha256        VARCHAR,
    reason        VARCHAR NOT NULL,
    detected_at   TIMESTAMP NOT NULL,
    stage         VARCHAR NOT NULL,
    doc_id        VARCHAR NOT NULL
);

-- analytics
CREATE TABLE IF NOT EXISTS analytics.yoy_comparisons (
    region          VARCHAR,
    region_code     VARCHAR,
    metric_id       VARCHAR,
    scope           VARCHAR,
    metric          VARCHAR,
    unit            VARCHAR,
    year            INTEGER,
    value           DOUBLE,
    previous_year   INTEGER,
    previous_value  DOUBLE,
    change_abs      DOUBLE,
    change_pct      DOUBLE,
    stated_change   VARCHAR,
    basis           VARCHAR NOT NULL,
    consistent      BOOLEAN,
    doc_id          VARCHAR NOT NULL,
    previous_doc_id VARCHAR,
    fact_id         VARCHAR,
    change_fact_id  VARCHAR,
    body            VARCHAR           -- issue 23: the issuing body; comparisons pair reports of one body and region
);

CREATE TABLE IF NOT EXISTS analytics.metric_series (
    region          VARCHAR,
    region_code     VARCHAR,
    admin_level     VARCHAR,
    metric_id       VARCHAR NOT NULL,
    metric_name     VARCHAR,
    scope           VARCHAR,
    unit            VARCHAR,
    year            INTEGER NOT NULL,
    value           DOUBLE,
    approx          VARCHAR,
    doc_id          VARCHAR,
    fact_id         VARCHAR,
    n_candidates    INTEGER,          -- facts of this metric, body, region, canonical scope and year; one is chosen
    body            VARCHAR,          -- issue 23: the issuing body; a department's series and its region's never mix
    -- issue 29: series key on the canonical scope, not on the phrase (which `scope` keeps, of the chosen fact)
    scope_kind      VARCHAR NOT NULL, -- whole (the report's place, or no scope stated: 全市, 我市各级政府及其工作部门) |
                                      -- own_level (市本级) | government (市政府) | department (市人社局, a table's
                                      -- body row) | subregion (a named place below the report's) | subregions (县市区政府)
                                      -- | sector (全市教育系统); lib/catalog.canonical_scope
    scope_name      VARCHAR NOT NULL, -- normalized name: 人社局 for 市人社局服务大厅, the place, the sector; '' for whole,
                                      -- own_level, government and subregions
    source          VARCHAR,          -- table (a template or other table's cell) | narrative: where the chosen fact is
    chosen_because  VARCHAR,          -- why this fact over the others: only figure | the year's own report over a
                                      -- restatement in another report | the latest report that restates the year |
                                      -- the table cell over the narrative | the report's first mention
    fact_ids        VARCHAR[],        -- every fact that gives this figure, the chosen one first
    restatements_agree BOOLEAN        -- the other facts give the same value within 0.5 % (rounding of 万 figures)
);

-- analytics: the published version and region of each document an analytics table was last built from, and with
-- which code; a run rebuilds only the regions of documents published or removed since
CREATE TABLE IF NOT EXISTS analytics.analyzed_documents (
    asset           VARCHAR NOT NULL,   -- yoy_comparisons | metric_series
    doc_id          VARCHAR NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    region_key      VARCHAR,            -- the asset's partition: coalesce(region_code, region) or region_code
    code_version    VARCHAR NOT NULL,
    analyzed_at     TIMESTAMP NOT NULL
);

-- quality: one row per failed instance of an asset check
CREATE TABLE IF NOT EXISTS quality.findings (
    check_name   VARCHAR NOT NULL,
    severity     VARCHAR NOT NULL,
    doc_id       VARCHAR,
    relation_id  VARCHAR,
    fact_ids     VARCHAR[],
    expected     DOUBLE,
    actual       DOUBLE,
    tolerance    DOUBLE,
    message      VARCHAR NOT NULL,
    found_at     TIMESTAMP NOT NULL
);

-- quality: the published version of each document the per-document checks have seen, and with which check code;
-- a document published since, or checked by other code, is checked again
CREATE TABLE IF NOT EXISTS quality.checked_documents (
    doc_id          VARCHAR NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    checks_version  VARCHAR NOT NULL,
    checked_at      TIMESTAMP NOT NULL
);

COMMENT ON COLUMN warehouse.facts.value IS 'Value in base units after the multiplier: 297.65万件 -> 2976500 件; 14.97% -> 14.97';
COMMENT ON COLUMN warehouse.facts.value_max IS 'Upper bound of a range (3-5天 -> value 3, value_max 5)';
COMMENT ON COLUMN warehouse.facts.kind IS 'count | amount | rate | share | change | duration | area | score | other';
COMMENT ON COLUMN warehouse.facts.approx IS 'Qualifier as printed: 近 约 余 多 以上 超过 逾 不足 左右, else NULL';
COMMENT ON COLUMN warehouse.facts.year IS 'Year the figure belongs to when the text ties it to one (上年 -> report_year - 1)';
COMMENT ON COLUMN warehouse.facts."start" IS 'Offset of quote in warehouse.document_texts.normalized_text';
COMMENT ON COLUMN warehouse.facts.source_start IS 'Offset of the quote in the decoded source file';
COMMENT ON COLUMN warehouse.facts.decimals IS 'Decimals printed, for rounding tolerances';
COMMENT ON COLUMN warehouse.facts.scale IS 'Multiplier printed with the figure (10000 for 万)';
COMMENT ON COLUMN warehouse.relations.exhaustive IS 'sum only: the parts claim the whole total (分别为, or they reach it); otherwise parts only must not exceed it';
COMMENT ON COLUMN warehouse.relations.role IS 'sum: total/part; share: part/total/share; yoy: current/change; before_after: before/after';
COMMENT ON COLUMN warehouse.documents.report_year IS 'Year the statistics cover, not the publishing year';
COMMENT ON COLUMN warehouse.documents.report_period IS 'The part of report_year a quarterly, half-yearly or monthly report covers, as its title names it (第三季度, 上半年, 1-9月, 10月); NULL for a whole year. Facts of such a report carry it in their metric and get no metric_id, so they never meet whole years in metric_series';
COMMENT ON COLUMN warehouse.documents.template IS 'Annual reports: narrative | 2019_trial | 2021';
COMMENT ON COLUMN warehouse.documents.doc_type IS 'disclosure_annual_report | work_summary | briefing | government_work_report | statistical_bulletin | budget_report | audit_report | other';
COMMENT ON COLUMN analytics.yoy_comparisons.basis IS 'stated: previous value implied by a stated change; cross_document: from the report of the previous year';
COMMENT ON COLUMN quality.findings.severity IS 'WARN: the report''s own arithmetic; ERROR: a broken invariant of our output';
