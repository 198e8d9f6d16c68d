// Package rank orders the events of one article by how central each is to the report, so
// that a user, an export or an evaluation that files a report under one event can take the
// report's main event rather than a side event.
//
// Input: the article's text and its coded events (status, actors, trigger spans, sentence,
// Goldstein value). Output: each event's Rank, 1 for the main event. The rule, written down
// in docs/main-event.md, is one ordering:
//
//  1. what the report asserts (asserted) before what it plans or supposes (planned,
//     hypothetical), before what it denies or recalls (negated, historical);
//  2. the act before its cause, grievance, report or response: an event introduced by a
//     cause word after another event of its sentence ("marched against the arrest of ...",
//     cues in dict/rank/cues.tsv), an event in an opening cause clause ("After gunmen
//     ambushed a patrol, troops ..."), a verbal event followed in its sentence by the
//     material act it reports ("accused Azerbaijan of sending troops"), and an event of a
//     later sentence aimed at an earlier event's source (police firing at the protesters who
//     blocked a road, a ministry condemning the state that struck) rank after the act; in a
//     sentence that tells a demonstration (140-144, by no armed force), the sentence's other
//     material acts rank after it ("farmers whose crops were burned marched"): a protest is
//     the report's act, what it is about and how it went are part of it;
//  3. the new before the background: the earlier sentence first (reports lead with the news);
//  4. in one sentence, the graver event first (the lower Goldstein value), then text order.
//
// It does not drop, merge or recode events, and it reads no sentence structure beyond the
// words between triggers: a cause clause without a cue word is not seen.
package rank
