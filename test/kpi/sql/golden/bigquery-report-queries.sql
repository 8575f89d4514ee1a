-- facts
-- WITH … (the KPI_TABLE plan by month up to its entries step)
 SELECT COUNT(*) AS kept, MIN(day) AS first_day, COUNT(CASE WHEN day > 20777 THEN 1 END) AS after_as_of, (SELECT COUNT(*) FROM `my-project.sales.orders`) AS all_rows FROM kept;

-- cohortSizes
-- WITH … (the KPI_TABLE plan by month up to its bounds step)
, cohort_won AS (SELECT cust, p FROM bucketed WHERE kind = 'W' AND cust IS NOT NULL AND day <= 20777), cohort_firsts AS (SELECT cust, MIN(p) AS f FROM cohort_won GROUP BY cust) SELECT f, COUNT(*) AS n FROM cohort_firsts GROUP BY f;

-- cohortBuyers
-- WITH … (the KPI_TABLE plan by month up to its bounds step)
, cohort_won AS (SELECT cust, p FROM bucketed WHERE kind = 'W' AND cust IS NOT NULL AND day <= 20777), cohort_firsts AS (SELECT cust, MIN(p) AS f FROM cohort_won GROUP BY cust) SELECT f, w.p - f AS k, COUNT(DISTINCT w.cust) AS n FROM cohort_won AS w JOIN cohort_firsts USING (cust) WHERE w.p - f < 12 GROUP BY f, k;

-- statusCounts
SELECT s, COUNT(*) AS n, MIN(day) AS first_day FROM (SELECT src.`stage` AS s, UNIX_DATE(COALESCE(DATE(src.`closed_at`, 'Europe/Moscow'), DATE(src.`created_at`, 'Europe/Moscow'))) AS day FROM `my-project.sales.orders` AS src) AS dated WHERE day BETWEEN 0 AND 47481 GROUP BY s;

-- spendFacts
SELECT COUNT(*) AS all_rows, COUNT(CASE WHEN day BETWEEN 0 AND 47481 THEN 1 END) AS dated FROM (SELECT UNIX_DATE(DATE(src.`month`)) AS day FROM `my-project.marketing.ad_spend` AS src) AS read_spend;
