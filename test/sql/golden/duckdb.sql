-- ABC segmentation of "sales" (abc-segmenter, dialect duckdb; rules: segmentation.md §3–§5).
-- Customer "Customer", revenue "Amount", potential "Potential"; A threshold 0.8, B threshold 0.95.
-- Customer key: lower(upper(NFC(trim(name)))), the case folding of segmentation.md §3 as the notes below allow;
-- name shown: the smallest trimmed spelling of the key (binary order),
-- where the workbook shows the first spelling in file order.
-- Note (duckdb): upper() and lower() map each character on its own (simple case mapping), so unlike the core ß and ẞ stay ß (core: ss), ligatures such as ﬁ stay (core: fi), İ becomes i (core: i + U+0307) and ᾳ stays (core: αι); ς, Σ and σ are all σ and ı is i, as in the core.
WITH source_rows AS (
  SELECT
    CAST("Customer" AS VARCHAR) AS raw_customer,
    CAST("Amount" AS DOUBLE) AS raw_revenue,
    CAST("Potential" AS DOUBLE) AS raw_potential
  FROM "sales"
),
spellings AS (
  -- One row per distinct customer text as stored: the key is folded once per spelling, not once per row.
  SELECT
    raw_customer,
    fsum(CASE WHEN raw_revenue - raw_revenue = 0 THEN raw_revenue END) AS revenue,
    COUNT(CASE WHEN raw_revenue - raw_revenue = 0 THEN raw_revenue END) AS revenue_count,
    SUM(CASE WHEN raw_revenue IS NOT NULL AND NOT (raw_revenue - raw_revenue = 0) THEN 1 ELSE 0 END) AS invalid_count,
    SUM(CASE WHEN raw_potential - raw_potential = 0 THEN raw_potential END) AS potential_sum,
    COUNT(CASE WHEN raw_potential - raw_potential = 0 THEN raw_potential END) AS potential_count,
    COUNT(*) AS row_count
  FROM source_rows
  GROUP BY raw_customer
),
named_spellings AS (
  SELECT NULLIF(trim(raw_customer, chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)), '') AS customer_name, spellings.*
  FROM spellings
),
customer_totals AS (
  SELECT
    lower(upper(nfc_normalize(customer_name))) AS customer_key,
    MIN(customer_name) AS customer_name,
    CASE WHEN SUM(revenue_count) > 0 THEN fsum(revenue) END AS revenue,
    SUM(potential_sum) / NULLIF(SUM(potential_count), 0) AS potential,
    SUM(row_count) AS row_count,
    SUM(revenue_count) AS revenue_count,
    SUM(invalid_count) AS invalid_count
  FROM named_spellings
  GROUP BY lower(upper(nfc_normalize(customer_name)))
),
run_counts AS (
  SELECT
    SUM(row_count) AS rows_read,
    SUM(row_count - revenue_count - invalid_count) AS rows_blank_revenue,
    SUM(invalid_count) AS rows_invalid_revenue,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN row_count END), 0) AS rows_without_customer,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN revenue END), 0) AS revenue_without_customer
  FROM customer_totals
),
customers AS (
  SELECT customer_key, customer_name, revenue, potential
  FROM customer_totals
  WHERE customer_key IS NOT NULL
),
revenue_total AS (
  SELECT SUM(CASE WHEN revenue > 0 THEN revenue END) AS total
  FROM customers
),
revenue_levels AS (
  SELECT revenue, COUNT(*) AS tied, SUM(revenue) AS tied_revenue
  FROM customers
  WHERE revenue IS NOT NULL
  GROUP BY revenue
),
level_positions AS (
  SELECT
    revenue,
    tied_revenue,
    1 + COALESCE(SUM(tied) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS revenue_rank,
    COALESCE(SUM(tied_revenue) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS greater_revenue
  FROM revenue_levels
),
customer_classes AS (
  SELECT
    c.customer_key,
    c.customer_name,
    c.revenue,
    c.potential,
    p.revenue_rank,
    CASE WHEN c.revenue > 0 THEN c.revenue / t.total END AS revenue_share,
    CASE WHEN c.revenue > 0 THEN (p.greater_revenue + p.tied_revenue) / t.total END AS cumulative_share,
    CASE
      WHEN c.revenue IS NULL THEN NULL
      WHEN c.revenue <= 0 THEN 'C'
      WHEN p.greater_revenue < CAST(0.7999999990000001 AS DOUBLE) * t.total THEN 'A'
      WHEN p.greater_revenue < CAST(0.949999999 AS DOUBLE) * t.total THEN 'B'
      ELSE 'C'
    END AS abc_class
  FROM customers c
  LEFT JOIN level_positions p ON p.revenue = c.revenue
  CROSS JOIN revenue_total t
),
ordered_potentials AS (
  SELECT potential, ROW_NUMBER() OVER (ORDER BY potential) AS position, COUNT(*) OVER () AS potentials
  FROM customers
  WHERE revenue IS NOT NULL AND potential IS NOT NULL
),
potential_split AS (
  SELECT (MIN(potential) + MAX(potential)) / 2 AS split
  FROM ordered_potentials
  WHERE 2 * position BETWEEN potentials AND potentials + 2
),
segmented AS (
  SELECT
    cc.*,
    CASE
      WHEN cc.abc_class IS NULL OR cc.potential IS NULL THEN NULL
      WHEN cc.abc_class = 'A' AND cc.potential >= s.split THEN '++'
      WHEN cc.abc_class = 'A' THEN '+-'
      WHEN cc.potential >= s.split THEN '-+'
      ELSE '--'
    END AS quadrant
  FROM customer_classes cc
  CROSS JOIN potential_split s
)
SELECT
  g.customer_key,
  g.customer_name,
  g.revenue,
  g.potential,
  g.revenue_rank,
  g.revenue_share,
  g.cumulative_share,
  g.abc_class,
  g.quadrant,
  t.total AS total_revenue,
  s.split AS potential_split,
  r.rows_read,
  r.rows_blank_revenue,
  r.rows_invalid_revenue,
  r.rows_without_customer,
  r.revenue_without_customer
FROM segmented g
CROSS JOIN revenue_total t
CROSS JOIN potential_split s
CROSS JOIN run_counts r
ORDER BY g.revenue_rank NULLS LAST, g.customer_name, g.customer_key;

-- ABC segmentation of "sales" (abc-segmenter, dialect duckdb; rules: segmentation.md §3–§5).
-- Customer "Customer", revenue "Amount", potential "Potential"; A threshold 0.8, B threshold 0.95.
-- Customer key: lower(upper(NFC(trim(name)))), the case folding of segmentation.md §3 as the notes below allow;
-- name shown: the smallest trimmed spelling of the key (binary order),
-- where the workbook shows the first spelling in file order.
-- Note (duckdb): upper() and lower() map each character on its own (simple case mapping), so unlike the core ß and ẞ stay ß (core: ss), ligatures such as ﬁ stay (core: fi), İ becomes i (core: i + U+0307) and ᾳ stays (core: αι); ς, Σ and σ are all σ and ı is i, as in the core.
-- Summary: customers and revenue per class (A, B, C) and per quadrant (++, +-, -+, --).
WITH source_rows AS (
  SELECT
    CAST("Customer" AS VARCHAR) AS raw_customer,
    CAST("Amount" AS DOUBLE) AS raw_revenue,
    CAST("Potential" AS DOUBLE) AS raw_potential
  FROM "sales"
),
spellings AS (
  -- One row per distinct customer text as stored: the key is folded once per spelling, not once per row.
  SELECT
    raw_customer,
    fsum(CASE WHEN raw_revenue - raw_revenue = 0 THEN raw_revenue END) AS revenue,
    COUNT(CASE WHEN raw_revenue - raw_revenue = 0 THEN raw_revenue END) AS revenue_count,
    SUM(CASE WHEN raw_revenue IS NOT NULL AND NOT (raw_revenue - raw_revenue = 0) THEN 1 ELSE 0 END) AS invalid_count,
    SUM(CASE WHEN raw_potential - raw_potential = 0 THEN raw_potential END) AS potential_sum,
    COUNT(CASE WHEN raw_potential - raw_potential = 0 THEN raw_potential END) AS potential_count,
    COUNT(*) AS row_count
  FROM source_rows
  GROUP BY raw_customer
),
named_spellings AS (
  SELECT NULLIF(trim(raw_customer, chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)), '') AS customer_name, spellings.*
  FROM spellings
),
customer_totals AS (
  SELECT
    lower(upper(nfc_normalize(customer_name))) AS customer_key,
    MIN(customer_name) AS customer_name,
    CASE WHEN SUM(revenue_count) > 0 THEN fsum(revenue) END AS revenue,
    SUM(potential_sum) / NULLIF(SUM(potential_count), 0) AS potential,
    SUM(row_count) AS row_count,
    SUM(revenue_count) AS revenue_count,
    SUM(invalid_count) AS invalid_count
  FROM named_spellings
  GROUP BY lower(upper(nfc_normalize(customer_name)))
),
run_counts AS (
  SELECT
    SUM(row_count) AS rows_read,
    SUM(row_count - revenue_count - invalid_count) AS rows_blank_revenue,
    SUM(invalid_count) AS rows_invalid_revenue,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN row_count END), 0) AS rows_without_customer,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN revenue END), 0) AS revenue_without_customer
  FROM customer_totals
),
customers AS (
  SELECT customer_key, customer_name, revenue, potential
  FROM customer_totals
  WHERE customer_key IS NOT NULL
),
revenue_total AS (
  SELECT SUM(CASE WHEN revenue > 0 THEN revenue END) AS total
  FROM customers
),
revenue_levels AS (
  SELECT revenue, COUNT(*) AS tied, SUM(revenue) AS tied_revenue
  FROM customers
  WHERE revenue IS NOT NULL
  GROUP BY revenue
),
level_positions AS (
  SELECT
    revenue,
    tied_revenue,
    1 + COALESCE(SUM(tied) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS revenue_rank,
    COALESCE(SUM(tied_revenue) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS greater_revenue
  FROM revenue_levels
),
customer_classes AS (
  SELECT
    c.customer_key,
    c.customer_name,
    c.revenue,
    c.potential,
    p.revenue_rank,
    CASE WHEN c.revenue > 0 THEN c.revenue / t.total END AS revenue_share,
    CASE WHEN c.revenue > 0 THEN (p.greater_revenue + p.tied_revenue) / t.total END AS cumulative_share,
    CASE
      WHEN c.revenue IS NULL THEN NULL
      WHEN c.revenue <= 0 THEN 'C'
      WHEN p.greater_revenue < CAST(0.7999999990000001 AS DOUBLE) * t.total THEN 'A'
      WHEN p.greater_revenue < CAST(0.949999999 AS DOUBLE) * t.total THEN 'B'
      ELSE 'C'
    END AS abc_class
  FROM customers c
  LEFT JOIN level_positions p ON p.revenue = c.revenue
  CROSS JOIN revenue_total t
),
ordered_potentials AS (
  SELECT potential, ROW_NUMBER() OVER (ORDER BY potential) AS position, COUNT(*) OVER () AS potentials
  FROM customers
  WHERE revenue IS NOT NULL AND potential IS NOT NULL
),
potential_split AS (
  SELECT (MIN(potential) + MAX(potential)) / 2 AS split
  FROM ordered_potentials
  WHERE 2 * position BETWEEN potentials AND potentials + 2
),
segmented AS (
  SELECT
    cc.*,
    CASE
      WHEN cc.abc_class IS NULL OR cc.potential IS NULL THEN NULL
      WHEN cc.abc_class = 'A' AND cc.potential >= s.split THEN '++'
      WHEN cc.abc_class = 'A' THEN '+-'
      WHEN cc.potential >= s.split THEN '-+'
      ELSE '--'
    END AS quadrant
  FROM customer_classes cc
  CROSS JOIN potential_split s
),
codes AS (
  SELECT 'class' AS kind, 'A' AS code, 1 AS position UNION ALL
  SELECT 'class', 'B', 2 UNION ALL
  SELECT 'class', 'C', 3 UNION ALL
  SELECT 'quadrant', '++', 4 UNION ALL
  SELECT 'quadrant', '+-', 5 UNION ALL
  SELECT 'quadrant', '-+', 6 UNION ALL
  SELECT 'quadrant', '--', 7
),
memberships AS (
  SELECT 'class' AS kind, abc_class AS code, revenue FROM segmented WHERE abc_class IS NOT NULL
  UNION ALL
  SELECT 'quadrant' AS kind, quadrant AS code, revenue FROM segmented WHERE quadrant IS NOT NULL
),
classified_count AS (
  SELECT COUNT(*) AS classified
  FROM segmented
  WHERE abc_class IS NOT NULL
)
SELECT
  k.kind,
  k.code,
  COUNT(m.code) AS customers,
  CAST(COUNT(m.code) AS DOUBLE) / MAX(n.classified) AS customer_share,
  COALESCE(SUM(m.revenue), 0) AS revenue,
  COALESCE(SUM(m.revenue), 0) / MAX(t.total) AS revenue_share
FROM codes k
LEFT JOIN memberships m ON m.kind = k.kind AND m.code = k.code
CROSS JOIN classified_count n
CROSS JOIN revenue_total t
GROUP BY k.kind, k.code, k.position
ORDER BY k.position;
