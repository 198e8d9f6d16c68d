// Package place finds the places an article names, resolves each to one gazetteer entry, and
// locates events: where each happened, and in whose territory that point lies.
//
// Input: a text.Doc, its actor mentions (names used as actors, "Baku said", are not places for
// the coder), the gazetteer and the territory index. Output: place Mentions with byte offsets
// and a kind (place, demonym, dateline), resolved to a gazetteer.Place or unresolved,
// diagnostics for doubtful resolutions, and for each event a location and territory.
// Resolver.Complete adds, for a listing of every place an article names (annals places), the
// countries and capitals used as actors, country names inside actor phrases, places in
// hyphenated words and countries' adjectives and demonyms; events are located without them,
// and a dateline locates an event only when the article names no other place.
//
// Resolution weighs the gazetteer's own ranking (population, feature kind) against the
// article's country focus (the countries its actors and unambiguous places name; "Georgia",
// which a US state shares, names none by itself), containment
// cues ("Vardenis in the Gegharkunik Province", "Pandi, Bulacan"), the story's home region
// (the first-level region it names most), the distance to the article's other places, and
// one sense per name once a container fixed it; Resolver.Explain gives each candidate's terms.
// A name the gazetteer lacks in the container the text names ("Holliday, Mo.", "Greenlane,
// Auckland", "Cairo's Abbasiya district") is the village of that name there
// (gazetteer.Villages) or the container's point, not a namesake elsewhere (container.go); a
// small town abroad, in an article about a country that has no candidate of the name, gives
// way to the only village of that name there. A country's name that the text uses as a town's
// ("Lebanon High School", "Lebanon, 30 miles northeast of Cincinnati") is the town of that name
// the article's other towns surround (countrytown.go). A name before a disease's noun names
// the disease ("Marburg virus"), throughout the article.
// Areas follow one convention (docs/places-areas.md): the centre of their main body, judged
// by containment. Names in a list ("Ontario, Manitoba and Quebec") take the kind of the
// others (place/list.go); names listed before a plural area or settlement noun ("Lane, Linn
// and Benton counties", "Idlib and Hama provinces", "the Kibera and Mathare neighbourhoods")
// are each a place of that kind, all in the state or country that holds the most of them
// (place/arealist.go). A metropolitan area named after a place ("the Greater Toronto Area") is
// placed at that place. It does not geocode street addresses or read coordinates written in
// the text.
package place
