// Package alliance knows who is bound to whom: the defence alliances and mutual-assistance
// treaties of dict/alliances, with their parties over time, and the treaty context of an
// event between two states.
//
// Input: the dictionary files alliances/treaties.tsv and alliances/countries.tsv (normally
// from dict.FS), and queries by country, pair of countries and day. Output: the treaties
// that bind a country on a day, with its partners that day and the span of days it is bound
// (Binding, Between); for a coded event, the treaties binding its target and its source to
// third states and whether the two are bound to each other (Annotate, which fills
// annals.Event's Alliances and IntraAlliance).
//
// A treaty binds from its entry into force, never from its signature; a party from the later
// of its joining and the entry into force, until the day it left; a suspended party (an
// announced freeze of participation) binds no one and is bound by no one while suspended.
// The dates and conventions are documented in the data file's header and in
// docs/dictionaries.md.
//
// It does not judge whether a treaty applies to an event (whether an incursion is an "armed
// attack" in the treaty's sense, or whether a border incident falls in its area), does not
// know treaties that the dictionary does not list, and does not read news: the event's
// countries and date come from the pipeline.
package alliance
