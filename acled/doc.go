// Package acled types coded events in ACLED's codebook: every event gets an event type and a
// sub-event type (annals.Event.ACLED), or none when ACLED has no category for it.
//
// Input: an annals.Event with its CAMEO code, actors, territory and evidence sentence.
// Output: its *annals.ACLED. The event type follows the CAMEO -> ACLED mapping of the
// benchmark (shared/bench/README.md) unless the event's actors or weapons say otherwise; the
// type and sub-event type come from the first row of dict/acled/rules.tsv whose CAMEO prefix,
// source and target actor types and weapon class fit the event (only a row that names actor
// types or a weapon class may depart from the mapping: police firing tear gas at protesters
// is a Protests event, protesters clashing with police a riot). TypeReport types a whole
// report: a demonstration and the state's response to it (dispersal, arrests, force) are one
// ACLED event, a protest with intervention, with excessive force, or a violent
// demonstration when the crowd turns violent. Actor types (dict/acled/actortypes.tsv) come from the actor's CAMEO role
// codes and the words of its mention; the weapon class (dict/acled/weapons.tsv) from the
// words of the evidence sentence. It never reads the text beyond those classes.
package acled
