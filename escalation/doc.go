// Package escalation turns coded events into daily series and flags days of escalation.
//
// Input: events (annals.Event) with their dates. Output: for each country and each dyad, a
// dense daily Series (event counts by quad class, mean Goldstein score) and the Signals: days
// whose count of conflict events (quad classes 3 and 4) stands well above the trailing
// baseline of the same series, each with the events behind it.
//
// Only asserted and historical events with a full day (YYYY-MM-DD) are counted: planned,
// negated and hypothetical events did not happen. A country's series counts each event
// once when the country is its source, its target or the territory it happened in; a dyad
// is the unordered pair of source and target countries ("ARM-AZE").
//
// It does not merge duplicate reports (run package merge first, or counts follow the
// volume of coverage) and does not read the store.
package escalation
