// Package actor finds the actors of a text: countries, organisations, armed groups, role nouns
// ("troops", "the Defense Ministry") and people by title or name, and codes each as a CAMEO
// actor code (country + role: AZEMIL, ARMGOV; or an organisation code: IGOUNO).
//
// Input: a text.Doc and the article's publication date (for the leaders' terms of office).
// Output: Mentions with token and byte offsets, in text order.
//
// It does not decide who did what: the event coder picks source and target among the
// mentions. Find resolves later surname-only mentions of a person and repeated role phrases
// ("the Defense Ministry") to the actor first named in the article. Named people are coded
// from the article's own words before the leaders file:
//
//   - a title or a singular role noun before a name ("Canadian trade envoy Jane Doe", "police
//     officer John Musa"), or a title, or a role with "a"/"an", in apposition after it ("Jane
//     Doe, the Canadian trade envoy"), gives the person that country and role; a later "Doe"
//     is the same person;
//   - a leader's surname is not the leader when a given name that cannot be the leader's
//     (another initial) stands before it, in office or not ("John Musa"; later "Musa" too), or when another name follows it ("Jonathan
//     Brown"); a title with such a full name ("Mayor Jane Doe") is not the leader either;
//   - a capitalised one-word title right after a given name is a surname ("Kevin King");
//   - an honorific is no given name: "Mr Doe" is the person introduced as Doe, or the leader
//     Doe, or an unlisted person;
//   - a title or role takes in the possessive phrase before it that names no actor ("the
//     territory's premier Jane Doe"), and an organisation's abbreviation in brackets takes
//     the role after it ("the Drug Enforcement Agency (DEA) officials");
//   - a leader named with a title when out of office holds the office the text gives, in the
//     leader's country ("opposition leader Raila Odinga" in 2017: KENOPP); a title of another
//     role years before every term of that surname names someone else ("IGP Idris" in 2018
//     is no prime minister of 2025);
//   - a name followed by a post in a body the article names ("Jane Doe, head of the Kenyan
//     teachers union,") is the body's, even a name of ordinary words ("Rose Bell"); a
//     person's government or staff ("Jane Doe's administration") is of the person's country;
//   - a titled person "of the" body the article names is the body's ("Lt. Jane Doe of the
//     Dayton Police Department": a police rank), and so is the later "Captain Doe";
//   - a leader's surname before "administration" or "government" is the leader's, even a
//     surname that is also a word, in office or not ("the Bush administration");
//   - a title before a name in apposition ("the party's chief negotiator, Jane Doe,"; "the
//     mayor of Linden, Jane Doe,") gives the person its code;
//   - a surname the first sentences use before the article names the person in full (a
//     headline's "Doe, Roe sue police chief") is that person, not a leader of that surname;
//   - a person named in full whom no dictionary lists ("Tova Noel") is a civilian (CVL), held
//     as a role until Yield has seen the places; Yield keeps it when the article shows a
//     person (the surname alone later, a verb of speech, an age) and no place has its words.
//
// Yield, Situate and ArticleFocus then resolve the actors in the article's context, once the
// place stage has resolved the places (given as Places, since package place needs the
// mentions first):
//
//   - Yield: a country is never taken from a word that is a place of another kind, nor a
//     leader from a surname after "in", "at" or "near" that the place stage resolved ("in
//     Lagos"), nor from the article's other uses of that word as the place ("next to Lagos"). A country
//     word inside a longer place name ("New Jersey", "Staten Island", "British Columbia") is
//     that place and takes its country; a country or capital name the place stage resolved to
//     a region or town of another country the article names elsewhere ("Atlanta, Georgia")
//     takes that country.
//   - OwnPlaces: a place the place stage lists inside an actor mention's words ("Romania" of
//     "Romania's new government", "London" of "London police") is no evidence of its own.
//   - ArticleFocus weighs the article's countries: a country named as a place twice, another
//     place or an actor mention with a country once, the dateline ("NAIROBI (Reuters) -",
//     "LIMA, Dec 8 (Reuters) -", "New Delhi:") three times. An institution's name that other
//     states share (metonyms.tsv KIND shared: "Congress") counts for none, and takes the
//     article's own country (its dateline's, else its dominant one) unless its sentence
//     names its usual country. Two countries level at the top of an article of four
//     sentences or more: the one its headline names first leads.
//   - A bare role ("police said", "the ministry", "protesters", "lawmakers", "Mayor Ann
//     Fulton") takes a country by points: a state named earlier in its sentence 2, later in
//     it or in the sentence before 1, the article's dominant country (at least 60% of the
//     evidence) 2, or its top country short of that 1. A country with 2 points that leads
//     every other by 1 is taken; where two are level at 2 or more, the one named first
//     before the role in its own sentence, else in the sentence before (most often the
//     subject: "Kenya opened an embassy in Kampala, the foreign ministry said"); where no
//     state is named around the role at all, the top country is; otherwise the role stays countryless. Whom a role speaks or acts for is
//     whose it is ("a spokesperson for the British Foreign Office"), and a spokesperson for a
//     body has the body's code ("a spokesman for the opposition party"). Possessives and
//     adjectives ("Bolivia's police", "Nigerian lawmakers") are read by Find itself. A place
//     or state in the role's own phrase decides alone ("people in northern Gaza", "leaders
//     of Uganda's new government").
//   - Transnational roles (IGO, NGO, IMG, MNC) never take a country this way.
package actor
