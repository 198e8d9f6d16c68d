// Package actor finds the actors of a text: countries, organisations, armed groups, role nouns
// ("troops", "the Defense Ministry") and people by title or name, and codes each as a CAMEO
// actor code (country + role: AZEMIL, ARMGOV; or an organisation code: IGOUNO).
//
// Input: a text.Doc and the article's publication date (for the leaders' terms of office).
// Output: Mentions with token and byte offsets, in text order.
//
// It does not decide who did what: the event coder picks source and target among the
// mentions. Find resolves later surname-only mentions of a person and repeated role phrases
// ("the Defense Ministry") to the actor first named in the article.
//
// Situate then resolves the actors in the article's context, once the place stage has
// resolved the places (given as Places, since package place needs the mentions first):
//
//   - ArticleFocus weighs the article's countries: each actor mention with a country and each
//     resolved place counts once, the dateline ("NAIROBI (Reuters) -") three times.
//   - A bare role ("police said", "the ministry", "protesters", "lawmakers", "Mayor Ann
//     Fulton") takes a country by points: a state named earlier in its sentence 2, later in
//     it or in the sentence before 1, the article's dominant country (at least 60% of the
//     evidence) 2, or its top country short of that 1. A country with 2 points that leads
//     every other by 1 is taken; otherwise the role stays countryless. Possessives and
//     adjectives ("Bolivia's police", "Nigerian lawmakers") are read by Find itself.
//   - Transnational roles (IGO, NGO, IMG, MNC) never take a country this way.
package actor
