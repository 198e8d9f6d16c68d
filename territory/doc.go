// Package territory tells which country's territory contains a point, from the Natural Earth
// 1:10m admin-0 boundary polygons.
//
// # Input
//
// places/borders.tsv.gz of the dictionary file system (dict.FS), made by tools/genterritory
// from npm world-atlas (Natural Earth 4.1.0, public domain): one gzip-compressed line per
// polygon ring, in the line format of docs/dictionaries.md:
//
//	ISO3 AREA NAME STATUS SEGMENTS POINTS
//
// ISO3 is the ISO 3166-1 alpha-3 code of the country whose territory the unit is in
// international law ('-' where none is agreed); AREA the unit's own code; NAME Natural Earth's
// name; STATUS 'disputed' or '-'; SEGMENTS runs of segment kinds ('b' land border between
// countries, 'i' line between two units of one country, 'c' coast: "c12 b40"); POINTS
// "lon,lat dlon,dlat ..." in integer 1e-5 degrees, the first absolute, the others relative to
// the one before. A bad line is reported as "places/borders.tsv.gz:LINE: field: problem" and
// Load fails.
//
// Codes. world-atlas identifies countries by ISO numeric code, mapped to alpha-3 through
// world-countries. Units with no numeric code get the code of the country whose territory they
// are de jure, and an AREA code of their own (Natural Earth's ADM0_A3): Kosovo XKX (AREA XKX);
// Somaliland SOM (SOL); N. Cyprus CYP (CYN) and the Cyprus U.N. Buffer Zone CYP (CNM); the
// sovereign base areas Dhekelia and Akrotiri GBR (ESB, WSB); USNB Guantanamo Bay CUB (USG);
// Siachen Glacier IND (KAS); Baikonur KAZ (KAB); Coral Sea Is. AUS (CSI); Clipperton I. FRA
// (CLP); Bajo Nuevo Bank and Serranilla Bank COL (BJN, SER); Spratly Is. and Scarborough Reef
// none (PGA, SCR). Overseas parts that GeoNames codes apart are split off their country: French
// Guiana GUF, Guadeloupe GLP, Martinique MTQ, Mayotte MYT, Réunion REU, Svalbard and Jan Mayen
// SJM, Bouvet Island BVT, the Caribbean Netherlands BES, Tokelau TKL, Christmas Island CXR and
// the Cocos Islands CCK. Natural Earth 4.1 draws Crimea as Russian: it is given back to Ukraine
// (UKR), as a disputed unit named Crimea. Other lines stay as Natural Earth draws them (de
// facto): the Golan Heights inside Israel, Nagorno-Karabakh inside Azerbaijan, Western Sahara
// as a unit of its own (ESH).
//
// # Output
//
// A read-only *Index, safe for concurrent use. Locate(lat, lon) returns the country code and
// whether the answer is uncertain: the point lies within UncertainKm (2 km) of a land border,
// measured to the nearest border segment with an equirectangular projection centred on the
// point. A point at sea within 2 km of a coast (coastal towns often fall just offshore at this
// scale, and territorial waters reach 22 km) gets that coast's country, uncertain. LocateDetail
// also gives the unit (Somaliland, N. Cyprus, Crimea) and says whether the point was offshore.
//
// # Method and limits
//
// The index is a grid of quarter-degree cells. Each cell lists the polygon edges whose bounding
// boxes meet it; a cell that no edge meets is wholly inside one unit or none, found at load by
// sweeping each row of cells along its centre line. A point in such a cell is answered at once;
// elsewhere a ray cast east counts boundary crossings cell by cell up to the first cell with no
// edge. A lookup takes about a microsecond or less (BenchmarkLocate); loading takes about 0.3 s
// and 40 MB (TestLoadCost). The polygons are the 1:10m scale: boundaries are right to a few
// hundred metres and small islands may be missing; world-atlas stops at 85.2°S, and south of
// that the map is taken to be Antarctica.
package territory
