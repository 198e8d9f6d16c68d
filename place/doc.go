// Package place finds the places an article names, resolves each to one gazetteer entry, and
// locates events: where each happened, and in whose territory that point lies.
//
// Input: a text.Doc, its actor mentions (names used as actors, "Baku said", are not places),
// the gazetteer and the territory index. Output: place Mentions with byte offsets (resolved to
// a gazetteer.Place, or unresolved), diagnostics for doubtful resolutions, and for each event
// a location and territory.
//
// Resolution weighs the gazetteer's own ranking (population, feature kind) against the
// article's country focus (the countries its actors and unambiguous places name), containment
// cues ("Vardenis in the Gegharkunik Province", "Pandi, Bulacan") and the distance to the
// article's other places. It does not geocode street addresses or read coordinates written in
// the text.
package place
