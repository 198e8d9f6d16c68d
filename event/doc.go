// Package event codes events: it matches the verb and noun patterns of dict/events against
// each clause, and takes the source and target from the actor mentions around the match
// (subject and object in the active voice, the "by" phrase and subject in the passive, the
// possessive or adjective of a nominal event). Cues in the clause set the status.
//
// Input: a text.Doc, its actor.Mentions, and the CAMEO table. Output: Events with token
// offsets for the trigger, source and target, and the pattern (file:line) that fired.
//
// It does not date or locate events, and does not merge reports across articles.
package event
