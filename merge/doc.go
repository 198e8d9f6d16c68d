// Package merge joins the records of one event reported by several articles.
//
// Input: coded events from any number of articles (annals.Event, as the coder or the store
// gives them). Output: one Event per real-world event, with the number of independent
// reports and every source article and evidence sentence behind it.
//
// Two records are the same event when they fall on the same day, have the same source and
// target actor codes and the same CAMEO root, agree on whether the event was negated, and
// their places lie within Options.MaxKm of each other (an unlocated record joins any place).
// Copies of one syndicated article carry the same evidence sentence; they are kept as
// sources but counted once in Mentions.
//
// It does not merge within one article (the coder already does), does not compare actor
// spellings or event wording beyond the codes, and does not read or write the store.
package merge
