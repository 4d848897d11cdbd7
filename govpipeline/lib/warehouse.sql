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
    source_path   VARCHAR NOT NULL,   -- path relative to the raw folder (a name that is not UTF-8: its GB18030
                                      -- reading, else \\xNN escapes; doc_id keeps its exact bytes)
    sha256        VARCHAR,            -- content hash of the bytes read (NULL for an entry that could not be read)
    n_bytes       BIGINT NOT NULL,
    modified_ns   BIGINT,             -- the file's modification time when read: with n_bytes, a rerun hashes only
                                      -- files whose size or time differ
    encoding      VARCHAR,            -- codec the text was decoded with
    decoded_text  VARCHAR,            -- the file as text; offsets source_start/source_end point into it
    error         VARCHAR,            -- why the file is not a readable report (then decoded_text is NULL)
    code_version  VARCHAR NOT NULL,   -- stamp of the code that read it; other code reads the file again
    ingested_at   TIMESTAMP NOT NULL,
    dropped_bytes INTEGER,            -- bytes of a damaged file that could not be decoded and are left out of
                                      -- decoded_text (0 for an intact file; a file with more is quarantined)
    format        VARCHAR,            -- text | html | pdf | ofd | docx | doc | rtf | xlsx | xls (NULL when not read)
    page_starts   INTEGER[],          -- PDF, OFD: offset in decoded_text where each page's text begins, one per page
    images_not_read VARCHAR[],        -- PDF, Word, web page: images that may hold what the text lacks (see warehouse.documents)
    file_title    VARCHAR,            -- PDF, .docx, .doc: the title in the file's properties, as the file holds it, or a
                                      -- .docx's or .doc's running head where that reads as a title (the report's
                                      -- title only when its text prints none and it reads as one)
    running_heads VARCHAR[]           -- .docx, .doc, .rtf, PDF: the lines of its running heads, apart from its text (a
                                      -- town's running head may name its county where the text does not)
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
    -- who issued the report, and where each field was found
    body            VARCHAR,          -- the issuing body, one spelling (某县政府 -> 某县人民政府, 管委会 -> 管理委员会,
                                      -- 市场监管局 -> 市场监督管理局, 高新区 -> 高新技术产业开发区); a report on a
                                      -- place's 12345 hotline is <place>12345政务服务便民热线, by any of the line's
                                      -- names, whoever signs or posts it and whether or not its title names the
                                      -- place; a press conference's transcript is its presenter's (发布人),
                                      -- not its host's 新闻办 (README: how reports are grouped into one body's
                                      -- series)
    source_url      VARCHAR,          -- the page's address, from a crawler's header (原文链接)
    metadata_found_in VARCHAR,        -- JSON: field -> 'header' | 'title' | 'text' | 'file' | 'file_name', see
                                      -- warehouse.documents
    file_id         VARCHAR NOT NULL, -- raw.documents.doc_id of the file holding the report; a file holding several
                                      -- reports gives a row for each (doc_id = file_id for the first)
    report_in_file  INTEGER NOT NULL, -- which of the file's reports this is, from 1
    former_body     VARCHAR,          -- the body's former name, where the report says it was renamed (原某局更名为…,
                                      -- 我局（原某局）): its reports under that name join its series
    co_issuers      VARCHAR[],        -- the bodies that issued the report jointly with its body, see warehouse.documents
    ocr_layer       BOOLEAN           -- the text is a scan's OCR layer: its template cells' evidence says so
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
    body          VARCHAR,            -- the body that issued the report, one spelling (某某县行政审批局,
                                      -- 某某经济技术开发区管理委员会); its reports over the years form one series: a
                                      -- body that renamed itself, or that a reform renamed (lib/body_reforms.yaml:
                                      -- 环境保护局 -> 生态环境局), goes by its latest name (normalized.documents.body
                                      -- keeps each report's); a body formed by merging others (the 2018-2019
                                      -- reform's 市场监督管理局 of 工商局, 质监局 and 食药监局) is a new body with a
                                      -- series of its own, and the old bodies' series end
    source_url    VARCHAR,            -- the page's address, from a crawler's header (原文链接)
    metadata_found_in VARCHAR,        -- JSON object: for title, publish_date, issuer, body, region, report_year and
                                      -- source_url, where it was found: 'header' (a crawler's header or a page's
                                      -- info line), 'title' (the body or place the title opens with), 'text' or
                                      -- 'file' (a PDF's, .docx's or .doc's properties or a .docx's or .doc's running
                                      -- head, for a title its text does not print) or 'file_name' (the file's name
                                      -- is its title, 某县2023年…年度报告.pdf, where the text prints none or only its
                                      -- genre and says nothing against it; the body, place and year that title
                                      -- gives are marked 'file_name' too)
    dropped_bytes INTEGER,            -- bytes of the file that could not be decoded and are not in its text: a
                                      -- damaged file keeps the rest (0 for an intact file)
    format        VARCHAR,            -- the file's format: text | html | pdf | ofd (OFD, GB/T 33190) | docx | doc (Word 97-2003, .doc or .wps) | rtf | xlsx | xls (Excel 97-2003)
    n_pages       INTEGER,            -- a PDF's or OFD's number of pages (NULL for other formats: they have no fixed pages)
    page_starts   INTEGER[],          -- a PDF's or OFD's page offsets: page_starts[k] is where page k's text begins in the
                                      -- decoded file, so a fact is on page len(list_filter(page_starts, s -> s <= source_start))
    images_not_read VARCHAR[],        -- a PDF's, Word file's or web page's images that may hold what its text lacks,
                                      -- not read (no OCR): each over 15 % of a page with no text on it ('page 3: an
                                      -- image over 41% of the page, no text on it'; a .docx or RTF names the line
                                      -- before it); a web page's images in its article but icons, logos and QR codes;
                                      -- a PDF's pages whose text lies over a scan of them (an OCR's reading). A seal
                                      -- or logo is smaller. A .doc's pictures are not measured
    report_in_file INTEGER,           -- which report of its file this is, from 1: a page followed by another report's
                                      -- full text, or several years' reports printed or merged in one file, gives one
                                      -- document per report (its own title, year, body and text; source offsets
                                      -- into the whole file)
    co_issuers    VARCHAR[]           -- the bodies that issued the report jointly with body, in the order the title
                                      -- names them or they sign (某县人民政府办公室、某县大数据发展管理局2023年…; a
                                      -- bureau and its centre, a government and the Party committee, a statistics
                                      -- bureau and the survey team signing together); NULL for one issuer. The report
                                      -- is in body's series only (no figure counts twice): list_contains(co_issuers,
                                      -- '某县大数据发展管理局') finds the reports a body issued jointly under another
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
                                      -- report's text states a figure that settles the split) | adjacent_years
                                      -- (表二's 现行有效件数 carries over between the same body's reports of
                                      -- adjacent years and settles it, and one year's 表三 结转下年度继续办理 is the
                                      -- next year's 上年结转, lib/adjacent_years.py); each with ' (OCR)' when
                                      -- read from a scan's OCR layer; NULL for other tables
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
    body            VARCHAR           -- the issuing body; comparisons pair reports of one body and region
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
    period          VARCHAR NOT NULL, -- '' for the whole year; else the months a part of the year's figure covers,
                                      -- however worded (第三季度 and 7-9月份 are 7-9月, 上半年 1-6月; lib/catalog.period_of)
    value           DOUBLE,           -- the chosen fact's value in base units; a growth or change is signed, a
                                      -- decrease negative (下降3.1% -> -3.1), unlike warehouse.facts
    approx          VARCHAR,
    doc_id          VARCHAR,
    fact_id         VARCHAR,
    n_candidates    INTEGER,          -- facts of this metric, body, region, canonical scope and year; one is chosen
    body            VARCHAR,          -- the issuing body; a department's series and its region's never mix
    scope_kind      VARCHAR NOT NULL, -- a series keys on scope_kind and scope_name, not on the phrase `scope` keeps: whole (the report's place, or no scope stated: 全市, 我市各级政府及其工作部门) |
                                      -- own_level (市本级) | government (市政府) | department (市人社局, a table's
                                      -- body row) | subregion (a named place below the report's) | subregions (the
                                      -- places below together: 县级, 县（市、区）, 区县, 县域 in a city's report, 县市区政府;
                                      -- their own series, never the whole's) | sector (全市教育系统); lib/catalog.canonical_scope
    scope_name      VARCHAR NOT NULL, -- normalized name: 人社局 for 市人社局服务大厅, the place, the sector, the level of
                                      -- the places below together (县, 市, 乡镇, 村); '' for whole, own_level and government
    source          VARCHAR,          -- table (a template or other table's cell) | narrative: where the chosen fact is |
                                      -- table_sum: the sum of the parts one table prints (table four's litigations)
    chosen_because  VARCHAR,          -- why this fact over the others: only figure | a revision of the year's figure
                                      -- in a later report (its title and report year: 经修订, 核实后为) | the year's own
                                      -- report over a restatement in another report | the statistical bulletin over
                                      -- another report of the year (a work report's earlier figure) | the latest
                                      -- report that restates the year | the table cell over the narrative | the
                                      -- report's first mention | the sum of its parts in the table (over the narrative)
    fact_ids        VARCHAR[],        -- every fact that gives this figure, the chosen one first
    restatements_agree BOOLEAN        -- the other facts give the same value within 0.5 % (rounding of 万 figures), or
                                      -- are bounds it keeps or it is a bound they keep (逾50万 and 516,489)
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
    found_at     TIMESTAMP NOT NULL,
    source_path  VARCHAR,   -- the report's file, relative to the raw folder (NULL for a finding across reports)
    region       VARCHAR,   -- the report's region
    report_year  INTEGER,   -- the year the report's figures cover
    quote        VARCHAR,   -- the quotes of the facts involved, in text order, joined by ' … '
    figures      VARCHAR    -- the facts involved as metric = value unit, in base units, joined by '; '
);

-- quality: the published version of each document the per-document checks have seen, and with which check code;
-- a document published since, or checked by other code, is checked again
CREATE TABLE IF NOT EXISTS quality.checked_documents (
    doc_id          VARCHAR NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    checks_version  VARCHAR NOT NULL,
    checked_at      TIMESTAMP NOT NULL
);

-- quality: how many instances each check examined in each document (doc_id NULL for a check across documents), so
-- a check reports on the whole warehouse when it examines only the documents published since
CREATE TABLE IF NOT EXISTS quality.checked_instances (
    check_name  VARCHAR NOT NULL,
    doc_id      VARCHAR,
    checked     BIGINT NOT NULL
);

COMMENT ON COLUMN warehouse.facts.value IS 'Value in base units after the multiplier: 297.65万件 -> 2976500 件; 14.97% -> 14.97. A change is stored as the words state it: its size under a metric that names the direction (同比下降1.2% -> 1.2, metric …同比下降), and negative only where the report prints a sign (增长-3.5%, 增速为负3.5% -> -3.5)';
COMMENT ON COLUMN warehouse.facts.value_max IS 'Upper bound of a range (3-5天 -> value 3, value_max 5)';
COMMENT ON COLUMN warehouse.facts.kind IS 'count | amount | rate | share | change | duration | area | score | other (an index such as 居民消费价格指数101.6 is other in 点, never a change in %; a ratio such as 收入比2.31 is other in 比)';
COMMENT ON COLUMN warehouse.facts.approx IS 'Qualifier as printed: 近 约 余 多 以上 超过 逾 不足 左右, else NULL';
COMMENT ON COLUMN warehouse.facts.year IS 'Year the figure belongs to when the text ties it to one (上年 -> report_year - 1)';
COMMENT ON COLUMN warehouse.facts."start" IS 'Offset of quote in warehouse.document_texts.normalized_text';
COMMENT ON COLUMN warehouse.facts.source_start IS 'Offset of the quote in the decoded source file';
COMMENT ON COLUMN warehouse.facts.decimals IS 'Decimals printed, for rounding tolerances';
COMMENT ON COLUMN warehouse.facts.scale IS 'Multiplier printed with the figure (10000 for 万)';
COMMENT ON COLUMN warehouse.relations.exhaustive IS 'sum only: the parts claim the whole total (分别为, or they reach it); otherwise parts only must not exceed it';
COMMENT ON COLUMN warehouse.relations.role IS 'sum: total/part; share: part/total/share; yoy: current/change; before_after: before/after';
COMMENT ON COLUMN warehouse.documents.report_year IS 'Year the statistics cover, not the publishing year (a school year''s report, 2023-2024学年: the year it ends in)';
COMMENT ON COLUMN warehouse.documents.report_period IS 'The part of report_year a quarterly, half-yearly or monthly report covers, as its title names it (第三季度, 上半年, 1-9月, 10月), or, in a text with no title line, a first line that reads like one (2024年1-8月全区主要经济指标); 学年 for a school year''s report (2023-2024学年, whose report_year is the year it ends in); NULL for a whole year. Facts of such a report carry it in their metric, unless their sentence opens with a window of its own (6月份，…; 6月末，… gives 各项贷款余额(6月末)), and get their indicator''s metric_id; yoy_comparisons pairs a quarter only with the same quarter, and metric_series keys its figures on their period';
COMMENT ON COLUMN warehouse.documents.template IS 'Annual reports: narrative | 2019_trial | 2021';
COMMENT ON COLUMN warehouse.documents.doc_type IS 'disclosure_annual_report | work_summary | briefing | government_work_report | statistical_bulletin (统计公报, a place''s 经济运行情况 of a month or quarter, and its 生态环境状况公报, 水资源公报, 森林资源公报, 人口普查公报) | budget_report | plan_report (a place''s yearly 国民经济和社会发展计划 report, 计划执行情况与计划草案: report_year the year carried out, the year before the draft''s where the title names the draft''s year alone; a budget_report titled so likewise) | audit_report | website_report (政府网站工作年度报表, the form a body fills each year on its website; its body the form''s 填报单位) | list_page (a site''s list of reports, none of them) | other';
COMMENT ON COLUMN analytics.yoy_comparisons.basis IS 'stated: previous value implied by a stated change; cross_document: from the report of the previous year';
COMMENT ON COLUMN quality.findings.severity IS 'WARN: the report''s own arithmetic; ERROR: a broken invariant of our output';

-- Every other column's description (the UI's column schema and the README's column reference show them). A column
-- of raw, normalized, extracted or analytics without one takes that of the same column of the warehouse table it is
-- published to, else of warehouse.documents or warehouse.facts (lib/db.py).
COMMENT ON COLUMN raw.documents.n_bytes IS 'Size of the file in bytes';
COMMENT ON COLUMN raw.documents.ingested_at IS 'When the file was last read';
COMMENT ON COLUMN normalized.documents.normalized_text IS 'The decoded text cleaned (web boilerplate and pinyin glosses dropped, mojibake repaired, full-width digits made ASCII) in Simplified script; offset_map maps it back to the decoded source';
COMMENT ON COLUMN normalized.documents.source_length IS 'Length in characters of the decoded source text';
COMMENT ON COLUMN normalized.documents.error IS 'Why the document could not be normalized (then it goes to warehouse.quarantine)';
COMMENT ON COLUMN normalized.documents.normalized_at IS 'When the row was derived';
COMMENT ON COLUMN extracted.documents.error IS 'Why facts could not be extracted from the document (then it goes to warehouse.quarantine)';
COMMENT ON COLUMN extracted.documents.extracted_at IS 'When the document''s facts were extracted';
COMMENT ON COLUMN warehouse.documents.doc_id IS 'Stable id of the report: a hash of its path relative to the raw folder';
COMMENT ON COLUMN warehouse.documents.source_path IS 'The report''s file, relative to the raw folder';
COMMENT ON COLUMN warehouse.documents.sha256 IS 'Hash of the file''s bytes';
COMMENT ON COLUMN warehouse.documents.encoding IS 'Codec the file was decoded with (utf-8, gb18030, utf-16…)';
COMMENT ON COLUMN warehouse.documents.script IS 'simplified | traditional: the script of the source; the stored text is Simplified';
COMMENT ON COLUMN warehouse.documents.title IS 'The report''s title as printed';
COMMENT ON COLUMN warehouse.documents.issuer IS 'The body that issued the report, as the text names it';
COMMENT ON COLUMN warehouse.documents.province IS 'Province of the region';
COMMENT ON COLUMN warehouse.documents.city IS 'Prefecture-level city of the region, if any';
COMMENT ON COLUMN warehouse.documents.county IS 'County or district of the region, if any';
COMMENT ON COLUMN warehouse.documents.publish_date IS 'The day the report was made public: the day its page went up (a crawler''s 发布时间, a page''s info line or meta PubDate) first; else the day it was issued (a header''s 印发日期, an issued document''s footer: 某县人民政府办公室 2021年4月9日印发); else the day it was signed (a header''s 成文日期, the signature''s date); else a date under its title or its session line; NULL if none';
COMMENT ON COLUMN warehouse.documents.n_chars IS 'Length of the normalized text in characters';
COMMENT ON COLUMN warehouse.documents.n_facts IS 'Number of facts extracted from the report';
COMMENT ON COLUMN warehouse.document_texts.normalized_text IS 'The report''s normalized text; facts.start and facts.end are offsets into it';
COMMENT ON COLUMN warehouse.facts.fact_id IS 'Stable id of the fact: doc_id and its number in the document';
COMMENT ON COLUMN warehouse.facts.metric IS 'What is measured, in the report''s words (table figures: row|column)';
COMMENT ON COLUMN warehouse.facts.scope IS 'Whose figure it is when the text says (全市, 市本级, a named centre), else NULL';
COMMENT ON COLUMN warehouse.facts.unit IS 'Base unit of value: 件, 人, 元, %, ‰, 天…';
COMMENT ON COLUMN warehouse.facts.quote IS 'The characters the figure was read from, exactly as in document_texts between start and end';
COMMENT ON COLUMN warehouse.facts."end" IS 'End offset (exclusive) of quote in warehouse.document_texts.normalized_text';
COMMENT ON COLUMN warehouse.facts.source_end IS 'End offset (exclusive) of the quote in the decoded source file';
COMMENT ON COLUMN warehouse.facts.section IS 'Heading of the section the figure stands in';
COMMENT ON COLUMN warehouse.facts.sentence IS 'The sentence the figure stands in';
COMMENT ON COLUMN warehouse.relations.relation_id IS 'Id of the relation; its facts share it, one row each';
COMMENT ON COLUMN warehouse.relations.relation_type IS 'sum | share | yoy | before_after | narrative_table';
COMMENT ON COLUMN warehouse.relations.note IS 'The relation in figures, for reading (101 + 40 = 141; stated total 141)';
COMMENT ON COLUMN warehouse.enumerations.enumeration_id IS 'Stable id of the enumeration in its document';
COMMENT ON COLUMN warehouse.enumerations.heading IS 'The heading or sentence that states the count';
COMMENT ON COLUMN warehouse.enumerations.stated_count IS 'The count the heading states (三项 -> 3)';
COMMENT ON COLUMN warehouse.enumerations.listed_count IS 'How many names are listed under it';
COMMENT ON COLUMN warehouse.enumerations.items IS 'The listed names, cleaned';
COMMENT ON COLUMN warehouse.enumerations.count_fact_id IS 'The stated count as a fact in warehouse.facts';
COMMENT ON COLUMN warehouse.table_cells.row_key IS 'Stable key of the row: the template''s (new_received, carried_over…) or r1, r2… in other tables';
COMMENT ON COLUMN warehouse.table_cells.row_label IS 'The row''s name as printed';
COMMENT ON COLUMN warehouse.table_cells.column_key IS 'Stable key of the column: the template''s (total, in_force…) or c1, c2… in other tables';
COMMENT ON COLUMN warehouse.table_cells.column_label IS 'The column''s name as printed';
COMMENT ON COLUMN warehouse.table_cells.is_blank IS 'The cell is printed empty (value NULL)';
COMMENT ON COLUMN warehouse.table_issues.table_id IS 'The table of the row: t2 | t3 | t4 (the template), statistics (the statistics table a report names but of which no figure was read), or table1, table2, … (a flattened statistics table, numbered as in table_cells)';
COMMENT ON COLUMN warehouse.table_issues.row_key IS 'The row that could not be read (a template key, or r1, r2, … of a statistics table); NULL for a whole table';
COMMENT ON COLUMN warehouse.table_issues.raw IS 'The row''s figures as printed (for a statistics table, its name and figures; for a named table, the name)';
COMMENT ON COLUMN warehouse.table_issues.candidates IS 'The readings the identities and the report''s text leave, each its cells as printed, space-separated (at most 10)';
COMMENT ON COLUMN warehouse.quarantine.source_path IS 'The file, relative to the raw folder';
COMMENT ON COLUMN warehouse.quarantine.reason IS 'Why the file could not be processed';
COMMENT ON COLUMN warehouse.quarantine.detected_at IS 'When the stage rejected it';
COMMENT ON COLUMN warehouse.quarantine.stage IS 'ingest | normalize | extract: the stage that rejected it';
COMMENT ON COLUMN analytics.yoy_comparisons.previous_year IS 'year - 1';
COMMENT ON COLUMN analytics.yoy_comparisons.previous_value IS 'The previous year''s value: implied by the stated change, or printed in the previous year''s report';
COMMENT ON COLUMN analytics.yoy_comparisons.change_abs IS 'value - previous_value';
COMMENT ON COLUMN analytics.yoy_comparisons.change_pct IS 'Change against previous_value in percent';
COMMENT ON COLUMN analytics.yoy_comparisons.stated_change IS 'basis stated: the change as the report states it, and how it was read';
COMMENT ON COLUMN analytics.yoy_comparisons.consistent IS 'Where both bases exist: whether the stated change agrees with the previous report within the rounding of the printed figures';
COMMENT ON COLUMN analytics.yoy_comparisons.previous_doc_id IS 'The report of the previous year the comparison uses';
COMMENT ON COLUMN analytics.yoy_comparisons.change_fact_id IS 'basis stated: the fact of the stated change';
COMMENT ON COLUMN analytics.metric_series.metric_name IS 'Chinese name of the indicator (lib/indicators.yaml)';
COMMENT ON COLUMN analytics.analyzed_documents.analyzed_at IS 'When the asset was built from this document';
COMMENT ON COLUMN quality.findings.check_name IS 'The asset check that failed';
COMMENT ON COLUMN quality.findings.relation_id IS 'The relation checked, if any (warehouse.relations)';
COMMENT ON COLUMN quality.findings.fact_ids IS 'The facts involved (warehouse.facts)';
COMMENT ON COLUMN quality.findings.expected IS 'What the check expected from the other figures (a stated total, a bound, the previous report''s figure)';
COMMENT ON COLUMN quality.findings.actual IS 'What the report gives';
COMMENT ON COLUMN quality.findings.tolerance IS 'The difference the rounding of the printed figures allows';
COMMENT ON COLUMN quality.findings.message IS 'The failure in words';
COMMENT ON COLUMN quality.findings.found_at IS 'When the check found it';
COMMENT ON COLUMN quality.checked_documents.checks_version IS 'Stamp of the check code that checked it; other code checks it again';
COMMENT ON COLUMN quality.checked_documents.checked_at IS 'When the checks last examined the document';
COMMENT ON COLUMN quality.checked_instances.check_name IS 'The asset check';
COMMENT ON COLUMN quality.checked_instances.checked IS 'Instances the check examined in the document (its metadata names what it counts)';
