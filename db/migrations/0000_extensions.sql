-- Extensions every module may use: trigram similarity for typo-tolerant search and Dutch
-- compounds the stemmer misses, unaccent for accent-insensitive matching.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
