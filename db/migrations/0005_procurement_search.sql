-- Procurement: foreign keys to the identity kernel, and the triggers and functions behind the
-- product search (see app/modules/procurement/schema.ts, search.server.ts, catalogue-index.server.ts).

-- Suppliers, purchasing bodies and joining organisations are identity organisations.
ALTER TABLE procurement.frameworks ADD CONSTRAINT frameworks_central_purchasing_body_fk
  FOREIGN KEY (central_purchasing_body_id) REFERENCES identity.organisations (id);
--> statement-breakpoint
ALTER TABLE procurement.framework_lot_suppliers ADD CONSTRAINT framework_lot_suppliers_supplier_fk
  FOREIGN KEY (supplier_id) REFERENCES identity.organisations (id);
--> statement-breakpoint
ALTER TABLE procurement.framework_accessions ADD CONSTRAINT framework_accessions_organisation_fk
  FOREIGN KEY (organisation_id) REFERENCES identity.organisations (id);
--> statement-breakpoint
ALTER TABLE procurement.framework_accessions ADD CONSTRAINT framework_accessions_created_by_fk
  FOREIGN KEY (created_by) REFERENCES identity.people (id) ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE procurement.offers ADD CONSTRAINT offers_supplier_fk
  FOREIGN KEY (supplier_id) REFERENCES identity.organisations (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE procurement.imports ADD CONSTRAINT imports_supplier_fk
  FOREIGN KEY (supplier_id) REFERENCES identity.organisations (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE procurement.imports ADD CONSTRAINT imports_created_by_fk
  FOREIGN KEY (created_by) REFERENCES identity.people (id) ON DELETE SET NULL;
--> statement-breakpoint

-- The calendar day in Belgium: offers are valid from and to a date.
CREATE FUNCTION procurement.today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Europe/Brussels')::date
$$;
--> statement-breakpoint

-- A product's stored search fields. The Dutch vector weighs name and manufacturer (A) above
-- part number and GTIN (B), the category's names and keywords and the product's textual
-- specification values such as "Windows 11 Pro" or "IPS" (C), and the description (D).
-- Text is unaccented first, as the query is. HTML in the text is indexed as text without tags.
-- search_text is the short, normalised text that trigram matching falls back on. (The statement
-- triggers below copy the A-C part of the vector to product_search.)
CREATE FUNCTION procurement.products_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  category_words text;
  spec_words text;
BEGIN
  SELECT concat_ws(' ', c.name_nl, c.name_en, c.keywords) INTO category_words
    FROM procurement.categories c
   WHERE c.id = NEW.category_id;
  SELECT string_agg(e.value, ' ') INTO spec_words
    FROM jsonb_each_text(NEW.specs) AS e
   WHERE jsonb_typeof(NEW.specs -> e.key) = 'string';
  NEW.search_vector :=
       setweight(to_tsvector('pg_catalog.dutch', unaccent(concat_ws(' ', NEW.manufacturer, NEW.name))), 'A')
    || setweight(to_tsvector('pg_catalog.dutch', unaccent(concat_ws(' ', NEW.part_number, NEW.gtin))), 'B')
    || setweight(to_tsvector('pg_catalog.dutch', unaccent(concat_ws(' ', category_words, spec_words))), 'C')
    || setweight(to_tsvector('pg_catalog.dutch', unaccent(coalesce(NEW.description, ''))), 'D');
  NEW.search_text := lower(unaccent(concat_ws(' ', NEW.manufacturer, NEW.name, NEW.part_number, NEW.gtin)));
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_fields
  BEFORE INSERT OR UPDATE OF name, manufacturer, part_number, gtin, description, category_id, specs ON procurement.products
  FOR EACH ROW EXECUTE FUNCTION procurement.products_search_fields();
--> statement-breakpoint

-- After products are written: copy the title part of their vectors (weights A and C: name,
-- manufacturer, category words, specification values) to the narrow product_search table, and
-- note the transaction in catalogue_changes for the in-process search index. Part numbers and
-- GTINs stay in the full vector: a search for one matches few rows there.
CREATE FUNCTION procurement.products_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO procurement.product_search (ord, vector)
    SELECT n.ord, ts_filter(n.search_vector, '{a,c}') FROM new_products n;
    INSERT INTO procurement.catalogue_changes AS c (ord, xid)
    SELECT n.ord, pg_current_xact_id() FROM new_products n
    ON CONFLICT (ord) DO UPDATE SET xid = excluded.xid;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE procurement.product_search s
       SET vector = ts_filter(n.search_vector, '{a,c}')
      FROM new_products n
      JOIN old_products o ON o.ord = n.ord
     WHERE s.ord = n.ord AND n.search_vector <> o.search_vector;
    INSERT INTO procurement.catalogue_changes AS c (ord, xid)
    SELECT n.ord, pg_current_xact_id() FROM new_products n
    ON CONFLICT (ord) DO UPDATE SET xid = excluded.xid;
  ELSE
    INSERT INTO procurement.catalogue_changes AS c (ord, xid)
    SELECT o.ord, pg_current_xact_id() FROM old_products o
    ON CONFLICT (ord) DO UPDATE SET xid = excluded.xid;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_after_insert AFTER INSERT ON procurement.products
  REFERENCING NEW TABLE AS new_products
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.products_after_write();
--> statement-breakpoint
CREATE TRIGGER products_after_update AFTER UPDATE ON procurement.products
  REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.products_after_write();
--> statement-breakpoint
CREATE TRIGGER products_after_delete AFTER DELETE ON procurement.products
  REFERENCING OLD TABLE AS old_products
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.products_after_write();
--> statement-breakpoint

-- Recomputes the offer summaries of the given products from their offers valid today: best
-- price, best lead time, whether any is in stock, how many there are, and the next day on which
-- an offer's validity starts or ends (when the summary must be recomputed). Changed summaries
-- are noted in catalogue_changes. Returns how many changed.
CREATE FUNCTION procurement.refresh_offer_summaries(product_ids uuid[]) RETURNS integer LANGUAGE sql AS $$
  WITH summary AS (
    SELECT ids.id,
           min(o.price_cents) FILTER (WHERE o.valid_from <= d.day AND (o.valid_to IS NULL OR o.valid_to >= d.day)) AS best_price,
           min(o.lead_time_days) FILTER (WHERE o.valid_from <= d.day AND (o.valid_to IS NULL OR o.valid_to >= d.day)) AS best_lead,
           coalesce(bool_or(o.stock > 0) FILTER (WHERE o.valid_from <= d.day AND (o.valid_to IS NULL OR o.valid_to >= d.day)), false) AS in_stock,
           (count(o.id) FILTER (WHERE o.valid_from <= d.day AND (o.valid_to IS NULL OR o.valid_to >= d.day)))::integer AS n,
           least(min(o.valid_from) FILTER (WHERE o.valid_from > d.day), min(o.valid_to + 1) FILTER (WHERE o.valid_to >= d.day)) AS refresh_on
      FROM (SELECT DISTINCT unnest(product_ids) AS id) ids
     CROSS JOIN (SELECT procurement.today() AS day) d
      LEFT JOIN procurement.offers o ON o.product_id = ids.id
     GROUP BY ids.id
  ), written AS (
    INSERT INTO procurement.product_offer_summaries AS t
           (product_id, best_price_cents, best_lead_time_days, in_stock, offer_count, refresh_on)
    SELECT s.id, s.best_price, s.best_lead, s.in_stock, s.n, s.refresh_on
      FROM summary s
      JOIN procurement.products p ON p.id = s.id
    ON CONFLICT (product_id) DO UPDATE
       SET best_price_cents = excluded.best_price_cents,
           best_lead_time_days = excluded.best_lead_time_days,
           in_stock = excluded.in_stock,
           offer_count = excluded.offer_count,
           refresh_on = excluded.refresh_on
     WHERE (t.best_price_cents, t.best_lead_time_days, t.in_stock, t.offer_count, t.refresh_on)
           IS DISTINCT FROM
           (excluded.best_price_cents, excluded.best_lead_time_days, excluded.in_stock, excluded.offer_count, excluded.refresh_on)
    RETURNING t.product_id
  ), logged AS (
    INSERT INTO procurement.catalogue_changes AS c (ord, xid)
    SELECT p.ord, pg_current_xact_id() FROM written w JOIN procurement.products p ON p.id = w.product_id
    ON CONFLICT (ord) DO UPDATE SET xid = excluded.xid
    RETURNING 1
  )
  SELECT count(*)::integer FROM logged
$$;
--> statement-breakpoint

-- Products whose offers started or stopped being valid since their summary was computed.
CREATE FUNCTION procurement.refresh_due_offer_summaries() RETURNS integer LANGUAGE sql AS $$
  SELECT procurement.refresh_offer_summaries(
    ARRAY(SELECT product_id FROM procurement.product_offer_summaries WHERE refresh_on <= procurement.today())
  )
$$;
--> statement-breakpoint

CREATE FUNCTION procurement.offers_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM procurement.refresh_offer_summaries(ARRAY(SELECT product_id FROM new_offers));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM procurement.refresh_offer_summaries(ARRAY(SELECT product_id FROM old_offers));
  ELSE
    PERFORM procurement.refresh_offer_summaries(
      ARRAY(SELECT product_id FROM new_offers UNION SELECT product_id FROM old_offers)
    );
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER offers_summary_insert AFTER INSERT ON procurement.offers
  REFERENCING NEW TABLE AS new_offers
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.offers_refresh_summaries();
--> statement-breakpoint
CREATE TRIGGER offers_summary_update AFTER UPDATE ON procurement.offers
  REFERENCING OLD TABLE AS old_offers NEW TABLE AS new_offers
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.offers_refresh_summaries();
--> statement-breakpoint
CREATE TRIGGER offers_summary_delete AFTER DELETE ON procurement.offers
  REFERENCING OLD TABLE AS old_offers
  FOR EACH STATEMENT EXECUTE FUNCTION procurement.offers_refresh_summaries();
--> statement-breakpoint

-- The search lexicon: words (letters only, two or more) of product names, manufacturers,
-- descriptions and textual specification values, counted once per product. add_search_terms adds the words of some products;
-- rebuild_search_terms starts over from all products, categories and synonyms.
CREATE FUNCTION procurement.add_search_terms(product_ids uuid[] DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
  INSERT INTO procurement.search_terms AS t (term, frequency)
  SELECT w.word, count(*)::integer
    FROM procurement.products p
   CROSS JOIN LATERAL unnest(tsvector_to_array(
           to_tsvector('pg_catalog.simple', unaccent(concat_ws(' ', p.manufacturer, p.name, p.description,
             (SELECT string_agg(e.value, ' ') FROM jsonb_each_text(p.specs) AS e
               WHERE jsonb_typeof(p.specs -> e.key) = 'string'))))
         )) AS w(word)
   WHERE (product_ids IS NULL OR p.id = ANY(product_ids)) AND w.word ~ '^[a-z]{2,40}$'
   GROUP BY w.word
  ON CONFLICT (term) DO UPDATE SET frequency = t.frequency + excluded.frequency
$$;
--> statement-breakpoint
CREATE FUNCTION procurement.add_reference_search_terms() RETURNS void LANGUAGE sql AS $$
  INSERT INTO procurement.search_terms (term, frequency)
  SELECT DISTINCT w.word, 0
    FROM (
      SELECT concat_ws(' ', name_nl, name_en, keywords) AS words FROM procurement.categories
      UNION ALL SELECT term FROM procurement.search_synonyms
      UNION ALL SELECT synonym FROM procurement.search_synonyms
    ) src
   CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', unaccent(src.words)))) AS w(word)
   WHERE w.word ~ '^[a-z]{2,40}$'
  ON CONFLICT (term) DO NOTHING
$$;
--> statement-breakpoint
CREATE FUNCTION procurement.rebuild_search_terms() RETURNS void LANGUAGE sql AS $$
  DELETE FROM procurement.search_terms;
  SELECT procurement.add_search_terms(NULL);
  SELECT procurement.add_reference_search_terms();
$$;
