// Package actor finds the actors of a text: countries, organisations, armed groups, role nouns
// ("troops", "the Defense Ministry") and people by title or name, and codes each as a CAMEO
// actor code (country + role: AZEMIL, ARMGOV; or an organisation code: IGOUNO).
//
// Input: a text.Doc and the article's publication date (for the leaders' terms of office).
// Output: Mentions with token and byte offsets, in text order.
//
// It does not decide who did what: the event coder picks source and target among the
// mentions. It resolves later surname-only mentions of a person and repeated role phrases
// ("the Defense Ministry") to the actor first named in the article, and nothing else across
// sentences.
package actor
