/// The word lists the rules use (English news). All entries are lowercase unless said otherwise.
///
/// Lists are general (titles, speech verbs, demonyms, organisation heads, outlets); none is keyed to one
/// article. Demonyms are completed at load time from the gazetteer's country names (`Gazetteer`).
enum AnalysisLexicon {
    /// Function words and sentence adverbs that start sentences capitalised but are never names.
    static let commonWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "to", "of",
        "with", "without", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "where", "whereas",
        "although", "though", "because", "since", "as", "after", "before", "until", "unless", "however",
        "thus", "therefore", "moreover", "meanwhile", "nevertheless", "still", "also", "even", "only", "just",
        "almost", "nearly", "about", "over", "under", "more", "most", "less", "many", "much", "some", "any",
        "all", "both", "each", "every", "no", "not", "none", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "him", "them", "us", "there", "here", "then", "now", "today",
        "yesterday", "tomorrow", "what", "which", "who", "whom", "whose", "why", "how", "according", "among",
        "between", "during", "instead", "indeed", "perhaps", "maybe", "yes", "other", "another", "such",
        "first", "second", "third", "last", "next", "new", "old", "several", "few", "most", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "said", "says", "let", "like", "unlike", "despite",
        "against", "through", "throughout", "within", "above", "below", "into", "onto", "upon", "again",
        "once", "twice", "already", "later", "earlier", "recently", "finally", "overall", "together", "in",
        // Prepositions of place opening a sentence before a place ("Near Cedar Rapids on Sunday, ...", "Across Iowa, ...").
        "near", "outside", "inside", "across", "around", "along", "beyond", "behind", "beside", "amid", "toward", "towards",
        "related", "articles", "read", "more", "see", "also", "photo", "advertisement", "ok",
        // "the Opposition" (Westminster style) is a common noun capitalised.
        "opposition",
        // Frequent acronyms that are not names.
        "ipo", "gdp", "tv", "pc", "ai", "dna", "hiv", "aids", "suv", "suvs", "vip", "mvp", "gps", "atm", "faq",
        "usb", "ev", "evs", "vr", "ar", "asap", "diy", "fyi", "pdf", "ufo", "ufos", "ceo", "cfo", "coo", "cto",
        "4k", "hd", "lgbt", "lgbtq", "ivf", "ptsd", "adhd", "covid", "sars", "mri", "ct", "icu", "er", "esg",
        // Units, times and technical nouns written as acronyms.
        "gmt", "utc", "pv", "gw", "mw", "kw", "kwh", "mwh", "gwh", "twh", "mph", "rpm", "ppm", "aqi", "co2",
        "hdr", "lte", "5g", "4g", "sms", "qr", "ppe", "pm", "am", "vs", "bmi", "url", "api", "q1", "q2", "q3",
        "q4", "h1", "h2", "fy", "yoy", "eps", "roi", "b2b", "saas", "iot", "ssd", "cpu", "gpu", "ram", "led",
        "lcd", "oled", "ui", "ux",
        // Acronyms of common nouns in news ("internally displaced persons (IDPs)", "a first information report").
        "lpg", "lng", "cng", "idp", "idps", "vat", "gst", "ngo", "ngos", "mou", "fir", "sop", "sops",
        // "CCTV footage" (closed-circuit television, far more often than China's broadcaster), "a SWAT team",
        // "the CBD" (central business district).
        "cctv", "swat", "cbd",
        // "the AGM" (annual general meeting), "photo ID", "ANPR cameras" (number-plate recognition), the disease.
        "agm", "egm", "id", "anpr", "covid-19",
        // "saw her GP" (general practitioner), "free WiFi".
        "gp", "wifi", "wi-fi",
        // "the HR department", "QA testing", "roadside IEDs", "HFMD cases" (hand, foot and mouth disease).
        "hr", "qa", "ied", "ieds", "hfmd",
        // Time zones ("at 10am IST", "7pm AWST").
        "ist", "awst", "aest", "aedt", "acst", "acdt", "est", "edt", "pst", "pdt", "cdt", "mst", "mdt", "bst", "cet",
        "cest", "sast", "pkt", "jst", "kst", "nzst", "nzdt",
    ]

    /// Titles and roles written before a name ("President Bush", "Prime Minister Nuri al-Maliki").
    static let titles: Set<String> = baseTitles.union(formerAndElectTitles).union(officeAcronyms)

    /// Offices written as acronyms before a name ("CM Ajit Pawar", "MP Jess Phillips", "TD Seán Sherlock") or
    /// for it ("the CEC", "the AG"):
    /// titles and role nouns both.
    private static let officeAcronyms = [
        "cm", "fm", "cec", "mp", "mla", "mna", "ag", "td", "igp", "dcp", "acp", "ssp", "dsp",
        // Members of provincial, county and devolved assemblies; a commissioner of police; a managing director.
        "mec", "mca", "msp", "mpp", "cp",
        // South Asian police ranks: sub-inspector, assistant sub-inspector, station house officer, deputy and
        // additional inspectors general ("SI Md Zafar", "DIG Anwar Hossain").
        "si", "asi", "sho", "dig", "aig",
        // A prime minister ("the PM said", "PM Shehbaz Sharif").
        "pm",
        // A vice-president, a member of the European Parliament, a chief administrative officer, the Chief
        // Justice of India, an attorney-general ("VP Sara Duterte", "CJI Chandrachud", "the A-G said"); and
        // members in the plural ("MPs", "MEPs", "MLAs").
        "vp", "mep", "cao", "cji", "a-g", "mps", "meps", "mlas", "msps", "tds",
    ]

    /// Offices with "ex-" before or "-elect" after them ("Ex-President", "Mayor-elect").
    private static let formerAndElectTitles: [String] = [
        "president", "minister", "governor", "mayor", "senator", "premier", "chairman", "chief", "commissioner",
        "mp", "mla", "speaker", "councillor", "councilor", "leader", "secretary", "ambassador",
    ].flatMap { ["ex-" + $0, $0 + "-elect"] }

    /// The titles written as one word.
    private static let baseTitles: Set<String> = [
        "president", "vice", "premier", "prime", "minister", "secretary", "chancellor", "king", "queen",
        "prince", "princess", "sheikh", "sheik", "ayatollah", "imam", "cleric", "pope", "cardinal",
        "bishop", "archbishop", "rabbi", "rev.", "reverend", "father", "sister", "brother", "gen.", "general",
        "lt.", "lieutenant", "col.", "colonel", "maj.", "major", "capt.", "captain", "sgt.", "sergeant",
        "adm.", "admiral", "cpl.", "corporal", "private", "commander", "gov.", "governor", "sen.", "senator",
        "rep.", "representative", "congressman", "congresswoman", "mayor", "judge", "justice", "chief", "undersheriff",
        "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "sir", "dame", "lord", "lady", "baroness", "chairman",
        "chairwoman", "ambassador", "envoy", "spokesman", "spokeswoman", "speaker", "deputy", "foreign",
        "defense", "defence", "interior", "finance", "justice", "emir", "sultan", "crown", "officer",
        "director", "ceo", "founder", "author", "mr", "mrs", "ms", "dr", "st.", "saint", "leader", "sheriff",
        "ombudsman", "ombudswoman", "h.e.", "h.e",
        "attorney", "auditor", "inspector", "superintendent", "secretary-general", "president-elect",
        "executive", "operating", "financial", "vice-president", "chief-executive", "rt.", "hon.", "rt", "hon",
        "lt", "col", "sgt", "capt", "sens.", "reps.", "govs.", "coach", "administrator",
        "councillor", "councilor", "councilman", "councilwoman", "cr", "cr.", "crs", "crs.", "cllr", "cllrs", "assemblyman", "assemblywoman",
        "assemblymember", "councilmember", "alderman", "alderwoman", "commissioner", "supervisor", "constable", "detective",
        // An office held for the time being, hyphenated ("President Pro-Tempore Albert Chie"; unhyphenated below).
        "pro-tem", "pro-temp", "pro-tempore",
        // "The Rev Chris Childs" (British style, no period), "the Revd"; a Scottish council's civic head or a
        // university's ("Provost Alan Brown"); "Ministry Spokesperson Levent Gumrukcu", as "Spokesman" is.
        "rev", "revd", "revd.", "provost", "spokesperson",
        // Imperial titles before a given name ("Emperor Naruhito"). (Not "duke": "Rod Duke said", "Duke said".)
        "archduke", "archduchess", "emperor", "empress",
        // "Agricultural Coordinator Chishimba Mubanga", "Defensive Coordinator Jim Leonhard".
        "coordinator", "co-ordinator",
        // An Irish police officer's rank ("Garda Colm Geary"); not in "Garda Síochána", the force's name
        // (`EntityRecognizer.stripped`).
        "garda",
        // "Miss Boyle said" (British style, as "Ms" and "Mrs").
        "miss",
        "pastor", "marshal", "vice-chancellor", "comrade", "adviser", "advisor", "manager", "supt", "supt.",
        "magistrate", "advocate", "datuk", "datin", "dato", "seri", "shri", "shree", "smt", "smt.", "evangelist", "emeritus",
        // Malay and Brunei honorifics before a name ("Hj Md Rozan", "Pg Hj Md Sariffuddien"); a Fijian chief's ("Ratu
        // Wiliame Katonivere").
        "hj", "hj.", "haji", "pg", "pg.", "pengiran", "ratu",
        "taoiseach", "tánaiste", "tanaiste", "cathaoirleach", "alhaji", "alhaja", "hajia", "meteorologist", "agent", "chair",
        // A committee's convener ("Convener Neil Findlay"); a detective chief inspector ("DCI Mark Bell").
        "convener", "convenor", "dci",
        "chairperson", "barrister", "solicitor", "trooper", "headteacher", "principal", "prof", "honourable",
        "honorable", "sultanah", "excellency",
        // Ranks abbreviated or hyphenated ("Insp. Anton Jelich", "Brig Felix Kulayigye", "Maj-Gen Al Adhb").
        "brig", "brig.", "brigadier", "insp", "insp.", "det.", "cst", "cst.", "cmdr", "cmdr.", "maj-gen",
        // "Coun. Aldo Ruberto", "Const. Jane Doe", "Fr. Joseph", "Msgr.", "Atty.", "Amb.", "Cdr.", "Pte.", "Spc.",
        // "Pfc.", "Ald.".
        "coun.", "const.", "fr.", "msgr.", "atty.", "amb.", "cdr.", "pte.", "spc.", "pfc.", "ald.",
        // "Coun Miller" (a councillor, without the period, as British papers write "Cllr"); "Kgosi Kgosikwena
        // Sebele" (a Setswana chief).
        "coun", "kgosi",
        // An Indonesian regency's head ("Regent Ramli Kadadia"), an Indian village head ("Sarpanch Siddesh
        // Bhagat"), an Islamic scholar ("Maulana Fazlur Rehman"), a senior barrister ("Senior Counsel Dana Seetahal").
        "regent", "sarpanch", "maulana", "molana", "counsel",
        // Police ranks by their initials in South Asian and West African news ("ASP Godwin Ahianyo", "SSP Ali
        // Khan", "DCP Jane Mwangi"); two-letter ones are left out, as such capitals are often a name's initials
        // ("AK Abdul Momen").
        "asp", "dsp", "ssp", "acp", "dcp", "igp", "aig", "asi", "sho", "dpo",
        // "Del. Richard Morris" (a delegate, in Virginia and Maryland), "Amb Boakai" (without its period).
        "del.", "amb",
        "major-general", "lt-gen", "lieutenant-general", "brigadier-general", "lt-col", "lieutenant-colonel",
        "rear-admiral", "vice-admiral", "mc", "maj", "det", "gen",
        // Offices named with a hyphen or held by one officer ("Attorney-General Tommy Thomas", "Coroner Jane
        // Gillespie"; also what "Norfolk Coroner’s Court" and "the Attorney-General’s Department" are named after).
        "attorney-general", "solicitor-general", "auditor-general", "inspector-general", "coroner",
        // Detective ranks by their initials ("DCI Stephens", "DSI Jones").
        "dci", "dsi", "dsupt",
        // Rugby positions written as a title ("Flyhalf Handré Pollard", "Lock Eben Etzebeth").
        "flyhalf", "fly-half", "scrumhalf", "scrum-half", "flanker", "lock",
        // Honorifics of Nigerian, Zimbabwean and Pakistani news ("Engr. Ahmed Musa", "Cde Obert Mpofu", "Maulana
        // Fazlur Rehman").
        "engr", "engr.", "cde", "cde.", "mallam", "malam", "maulana", "mufti",
        // A Yoruba chieftaincy title ("Otunba Adebayo Ogunleye") and a Hindu priest's ("Pundit Chandradath Maharaj").
        "otunba", "pundit",
        // A former Olympic player, as Pakistan's hockey and sports press styles them ("Olympian Khwaja Junaid").
        "olympian",
        // "Madam Ophelia Woods" (Liberian and Ghanaian news); "Hall of Famer Dale Jarrett"; "Public Prosecutor Harri
        // Lindberg".
        "madam", "madame", "famer", "prosecutor",
        // "Senate President Pro Tem Del Marsh" ("pro" is a title modifier, `EntityRecognizer.titleModifiers`).
        "tem", "tempore",
        // "Majority Whip Moses Ogeto", "Chief Whip".
        "whip",
        // Buddhist monks' honorific ("Venerable Meng Chhun"), and Burmese "Daw" and "U" before a woman's and a
        // man's name ("Daw Aye Soe May", "U Hla Thaung").
        "venerable", "ven.", "daw", "u",
        // A member of Israel's Knesset ("MK Naftali Bennett").
        "mk",
        // Akan "Opanyin" (elder) before a name ("Opanyin Agyekum").
        "opanyin",
        // "Asst Comm Paul Nyathi", "Ass Comm Nyathi" (an assistant commissioner of police); "P.C Varley" (a
        // police commissioner or constable, written with a period).
        "asst", "asst.", "ass", "comm", "comm.", "p.c", "p.c.",
    ]

    /// Lowercase role nouns that, right before a name, mark a person ("cleric Muqtada al-Sadr").
    static let roleNouns: Set<String> = Set(officeAcronyms).union(demonymPersonNouns).union([
        "cleric", "leader", "premier", "president", "minister", "preacher", "spokesman", "spokeswoman", "rep",
        "insider", "publicist", "partner", "skipper", "host", "presenter", "anchor", "cadre",
        "official", "expert", "analyst", "commander", "general", "senator", "governor", "mayor", "judge",
        "lawyer", "attorney", "director", "chief", "chairman", "chairwoman", "professor", "economist",
        "researcher", "scientist", "author", "writer", "journalist", "reporter", "correspondent", "editor",
        "activist", "resident", "witness", "doctor", "surgeon", "nurse", "soldier", "officer", "colonel",
        "sergeant", "captain", "lieutenant", "candidate", "lawmaker", "legislator", "politician", "diplomat",
        "ambassador", "envoy", "king", "queen", "prince", "sheikh", "imam", "ayatollah", "pope", "bishop",
        "priest", "rabbi", "founder", "ceo", "executive", "manager", "coach", "player", "striker", "actor",
        "actress", "singer", "musician", "artist", "farmer", "worker", "student", "teacher", "fellow",
        "supporter", "member", "head", "aide", "adviser", "advisor", "secretary", "strategist", "pollster",
        "businessman", "businesswoman", "objector", "mother", "father", "son", "daughter", "wife", "husband", "brother",
        "sister", "militant", "insurgent", "rebel", "commentator", "historian", "novelist", "poet",
        // "The NFF supremo said" (the head of a body, in British and Nigerian sports writing).
        "supremo",
        "center", "centre", "winger", "defenseman", "defenceman", "goalie", "goalkeeper", "quarterback",
        "midfielder", "defender", "forward", "pitcher", "catcher", "outfielder", "infielder", "linebacker",
        "receiver", "tailback", "shortstop", "batsman", "bowler", "jockey", "driver", "rider", "boxer",
        "captain", "veteran", "native", "rookie", "scientist", "engineer", "physician", "prosecutor", "detective",
        "spokesperson", "representative", "owner", "employee", "victim", "suspect", "defendant", "plaintiff",
        "scholar", "sheriff", "chancellor", "commissioner", "treasurer", "councilman", "councilwoman",
        "councillor", "councilor", "trustee", "chairperson", "dean", "pastor", "inspector", "superintendent",
        "administrator", "negotiator", "regulator", "consultant", "investor", "entrepreneur", "filmmaker",
        "photographer", "producer", "designer", "banker", "trader", "lobbyist", "campaigner", "organizer",
        "organiser", "firefighter", "paramedic", "trooper", "magistrate", "congressman",
        "congresswoman", "nominee", "incumbent", "challenger", "teammate", "referee", "umpire", "athlete",
        "mum", "mom", "dad", "grandmother", "grandfather", "assistant", "passenger", "parent", "neighbor",
        "neighbour", "boss", "shopper", "customer", "volunteer", "pilot", "survivor", "uncle", "aunt", "cousin",
        "widow", "chef", "advocate", "tactician", "gaffer", "counsel", "trainer",
        // People in the street ("said Mahmoud, an unidentified protester"); not nouns that often modify another
        // ("the tenant management organisation", "patient care", "voter turnout").
        "protester", "protestor", "demonstrator", "villager", "bystander", "shopkeeper", "vendor", "fisherman",
        "commuter", "motorist", "tourist", "traveller", "traveler", "visitor", "pilgrim", "pedestrian", "pensioner",
        "retiree", "landlord", "homeowner", "mourner", "friend",
        "nephew", "niece", "grandson", "granddaughter", "girlfriend", "boyfriend",
        // "The former cop insisted", "Garda Colm Geary told the court" (an Irish police officer).
        "cop", "policeman", "policewoman", "garda",
        // Cricket roles ("Bangladesh spinner Rishad Hossain") and school years ("junior Darius Williams").
        "spinner", "seamer", "paceman", "pacer", "quick", "opener", "all-rounder", "allrounder", "wicketkeeper",
        "wicket-keeper", "keeper", "batter", "sophomore", "freshman", "junior",
        // Rugby positions ("workhorse flanker Marcell Coetzee", "lock Eben Etzebeth").
        "flanker", "flyhalf", "fly-half", "scrumhalf", "scrum-half", "prop", "lock", "hooker",
    ])

    /// Speech verbs of quote attribution (as written).
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "explains",
        "argued", "argues", "claimed", "claims", "noted", "notes", "warned", "warns", "insisted", "insists",
        "declared", "declares", "asserted", "asserts", "wrote", "writes", "recalled", "recalls", "asked",
        "asks", "replied", "replies", "continued", "continues", "announced", "announces", "acknowledged",
        "acknowledges", "admitted", "admits", "commented", "comments", "complained", "complains",
        "conceded", "concedes", "observed", "observes", "remarked", "remarks", "suggested", "suggests",
        "urged", "urges", "stressed", "stresses", "emphasized", "emphasised", "cautioned", "predicted",
        "predicts", "responded", "responds", "respond", "reply", "answered", "answers", "shouted", "yelled",
        "whispered",
        "tweeted", "tweets", "posted", "bragged", "elaborated", "elaborates", "emailed", "texted", "fumed",
        "griped", "grumbled", "gushed", "marveled", "marvelled", "muses", "opined", "quips", "raved", "retorted",
        "wondered", "remembered", "described", "describes", "describing", "testified", "agreed", "agrees",
        "concluded", "concludes", "maintained",
        "maintains", "contended", "contends", "promised", "promises", "vowed", "vows", "boasted", "joked",
        "lamented", "laments", "conceded", "reported", "reports", "quipped", "mused", "pointed", "charged",
        "denied", "denies", "alleged", "alleges", "saying", "adding", "telling", "noting", "writing",
        "explaining", "arguing", "insisting", "warning", "stating", "declaring", "assured", "assures",
        "begged", "begs", "pleaded", "pleads", "laughed", "laughs", "sighed", "exclaimed", "demanded", "demands",
        "boasts", "boasting", "cautions", "reiterated", "reiterates", "countered", "counters", "recounted",
        "recounts", "conceding", "recalling", "asking", "replying", "murmured", "snapped", "written", "jokes",
        "joking", "believes", "reckons", "reckoned",
        "highlighted", "highlights", "underscored", "underscores", "underlined", "underlines", "affirmed",
        "affirms", "reaffirmed", "reaffirms", "clarified", "clarifies", "disclosed", "discloses", "revealed",
        "posited", "averred", "avers", "submitted", "intoned", "queried", "enthused", "quizzed", "confided", "confides",
        "confessed", "confesses", "analysed", "analyzed", "confirmed", "confirms", "questioned",
        // Participles of the verbs above, for "..., asserting, “...”" (as "saying", "adding").
        "asserting", "claiming", "emphasizing", "emphasising", "stressing", "acknowledging", "admitting", "cautioning",
        "remarking", "commenting", "reiterating",
    ]

    /// Speech verbs of two words, by their verb and particle ("“...,” Keller weighed in"): the verb alone says
    /// something else ("weighed 3 kg", "fired a shot"), so it counts as a speech verb only before its particle.
    /// Particles that often mean something else ("went on sale", "broke in", "chipped in $50") are left out.
    static let phrasalSpeechVerbs: [String: String] = [
        "weighed": "in", "weighs": "in", "chimed": "in", "chimes": "in", "shot": "back", "fired": "back",
        "fires": "back", "hit": "back", "hits": "back", "snapped": "back", "piped": "up", "spoke": "up",
        "summed": "up", "sums": "up", "signed": "off", "signs": "off",
    ]

    /// Verbs by which an outlet passes on what others said ("the Los Angeles Times quoted ...").
    static let citingVerbs: Set<String> = [
        "quoted", "quotes", "reported", "reports", "cited", "cites", "wrote", "writes", "said", "says",
        "noted", "notes", "revealed", "reveals", "published", "publishes", "interviewed", "claimed",
        "described", "describes", "according",
    ]

    /// Nouns for a cited piece ("in its Nov. 28 edition").
    static let pieceNouns: Set<String> = [
        "edition", "issue", "report", "article", "story", "editorial", "column", "piece", "broadcast",
        "interview", "investigation", "analysis", "dispatch", "feature", "obituary", "review",
    ]

    /// Demonyms and group adjectives that are not entities (completed from the gazetteer's countries).
    static let demonyms: Set<String> = ([
        "american", "americans", "british", "briton", "britons", "english", "scottish", "welsh", "irish",
        "french", "dutch", "german", "germans", "swiss", "spanish", "portuguese", "greek", "greeks",
        "turkish", "turk", "turks", "russian", "russians", "chinese", "japanese", "korean", "koreans",
        "vietnamese", "thai", "filipino", "filipinos", "afghan", "afghans", "pakistani", "pakistanis",
        "iraqi", "iraqis", "iranian", "iranians", "syrian", "syrians", "lebanese", "israeli", "israelis",
        "palestinian", "palestinians", "jordanian", "egyptian", "egyptians", "saudi", "saudis", "yemeni",
        "kuwaiti", "emirati", "qatari", "omani", "bahraini", "libyan", "tunisian", "algerian", "moroccan",
        "sudanese", "somali", "ethiopian", "kenyan", "nigerian", "african", "africans", "asian", "asians",
        "european", "europeans", "arab", "arabs", "arabic", "kurd", "kurds", "kurdish", "persian", "turkmen",
        "shiite", "shiites", "shia", "shias", "shi'ite", "shi’ite", "sunni", "sunnis", "muslim", "muslims",
        "christian", "christians", "jewish", "jew", "jews", "catholic", "catholics", "protestant",
        "protestants", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "islamic", "islamist",
        "islamists", "baathist", "baathists", "western", "westerners", "eastern",
        "northern", "southern", "mideast", "latino", "latinos", "hispanic", "hispanics", "canadian",
        "canadians", "mexican", "mexicans", "brazilian", "argentine", "indian", "indians", "australian",
        "australians", "italian", "italians", "polish", "ukrainian", "ukrainians", "swedish", "norwegian",
        "danish", "finnish", "belgian", "austrian", "hungarian", "czech", "serbian", "serb", "serbs",
        "croat", "croatian", "bosnian", "albanian", "romanian", "bulgarian", "yazidi", "alawite", "druze",
        "pashtun", "tajik", "uzbek", "hutu", "tutsi", "zionist", "communist", "communists", "socialist",
        "socialists", "marxist", "republican", "republicans", "democrat", "democrats", "democratic",
        "conservative", "conservatives", "liberal", "liberals", "libertarian", "gop", "nazi",
        "nazis", "soviet", "soviets", "orthodox", "evangelical", "evangelicals", "coptic", "copts", "gi",
        "gis",
    ] as Set<String>).union(demonymPersonNouns)

    /// A nationality's person nouns ("the Dutchman, who has just served a ban, …"): never an entity, and a
    /// role noun, so "the Frenchman said" describes a person.
    static let demonymPersonNouns: Set<String> = [
        "dutchman", "dutchmen", "dutchwoman", "frenchman", "frenchmen", "frenchwoman", "englishman", "englishmen",
        "englishwoman", "irishman", "irishmen", "irishwoman", "welshman", "welshmen", "welshwoman", "scotsman",
        "scotsmen", "scotswoman", "kiwi", "aussie", "countryman", "countrymen", "countrywoman",
    ]

    /// Last words that make a name an organisation ("Mahdi Army", "Washington Post").
    static let organizationHeads: WordSet = [
        "army", "brigade", "brigades", "militia", "forces", "front", "movement", "party", "council",
        "committee", "commission", "ministry", "department", "office", "agency", "bureau", "authority",
        "administration", "government", "parliament", "assembly", "congress", "senate", "court", "union",
        "protection", "chamber", "corp",
        "league", "federation", "association", "society", "institute", "institution", "endowment",
        "foundation", "fund", "trust", "bank", "university", "college", "school", "academy", "center",
        "centre", "hospital", "church", "mosque", "embassy", "consulate", "corporation", "corp.", "company", "co.", "inc.", "ltd.",
        "llc", "plc", "group", "holdings", "industries", "airlines", "airways", "motors", "systems", "network",
        "times", "post", "monitor", "journal", "news", "herald", "tribune", "gazette", "telegraph", "guardian",
        "observer", "independent", "chronicle", "express", "mail", "mirror", "courier", "review", "magazine",
        "newspaper", "daily", "weekly", "inquirer", "bulletin", "register", "dispatch", "press", "examiner",
        "television", "radio", "broadcasting", "service", "guard", "police", "navy", "corps", "command",
        "organization", "organisation", "alliance", "coalition", "board", "cabinet", "club", "team",
        "council", "house", "museum", "library", "police", "secretariat", "tribunal", "commandos", "globe",
        "sentinel", "enquirer", "securities", "capital", "partners", "investments", "ventures", "labs",
        "technologies", "pharmaceuticals", "communications", "entertainment", "studios", "insurance",
        "exchange", "llp", "gmbh", "ag", "plc.", "services", "centers", "centres", "productions", "media",
        "animation", "records", "pictures", "clinic", "shelter", "channel", "panel", "legislature", "laboratory",
        "laboratories", "observatory", "nation", "zoo", "aquarium", "unit", "directorate", "inspectorate",
        // "Jamaica Defense Force", "Task Force", "Security and Intelligence Section".
        "force", "section",
        // Police and investigation branches ("Legacy Investigation Branch").
        "branch",
        // Firms ("Heartwood Wealth Management", "Baker & Associates", "Oliver Wyman Consulting").
        "management", "associates", "consulting", "consultants", "solutions", "advisors", "advisers", "institutes",
        // Newspapers named in their own language ("Chosun Ilbo", "Asahi Shimbun", "Süddeutsche Zeitung").
        "ilbo", "shimbun", "zeitung", "diario", "noticias",
        // "Lehman Bros", "Warner Bros."; a British doctors' practice ("Graham Road Surgery").
        "bros", "bros.", "surgery",
    ]

    /// Plural nouns without a final "s" (a counted noun phrase ends at them: "12 people").
    static let irregularPlurals: WordSet = [
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "fish",
        "deer", "feet", "teeth", "geese", "mice", "dead", "wounded", "injured", "militia", "livestock",
        "aircraft", "clergy", "youth", "faithful", "homeless", "refugees", "dollars", "euros", "pounds",
    ]

    /// Words after which "of"/"for"/"of the" continue a name ("Ministry of Health", "Endowment for ...").
    static let connectorHeads: Set<String> = [
        "ministry", "department", "university", "bank", "institute", "council", "endowment", "organization",
        "organisation", "office", "league", "union", "federation", "association", "society", "academy",
        "church", "court", "house", "board", "bureau", "commission", "committee", "party", "front",
        "movement", "center", "centre", "school", "college", "museum", "fund", "foundation", "agency", "embassy", "consulate",
        "authority", "chamber", "coalition", "alliance", "army", "republic", "states", "gulf", "bay", "sea",
        "isle", "strait", "cape", "city", "district", "province", "state", "kingdom", "emirate", "secretary",
        "minister", "chief", "bank", "corps", "brigade", "brigades", "guardians", "friends", "sons", "people",
        "federal", "united", "centers", "centres", "services", "chiefs", "commissioner", "institution",
    ]

    /// Last words that make a name a place ("Sadr City", "Anbar Province").
    static let locationHeads: WordSet = [
        "city", "province", "county", "district", "region", "river", "valley", "mountains", "mountain",
        "mount", "mt.", "lake", "island", "islands", "square",
        "village", "town", "governorate", "state", "territory", "peninsula", "coast", "desert", "sea",
        "ocean", "gulf", "bay", "strait", "canal", "park", "heights", "camp", "base", "township", "parish", "borough",
        "prefecture", "municipality", "oblast", "canton", "creek", "inlet", "canyon", "hills", "reef", "glacier", "plateau",
        "harbour", "harbor", "point", "cove", "beach", "springs", "falls", "junction", "cay", "caye", "isle", "isles",
        "ridge", "sound", "lagoon", "crossing", "firth", "loch", "fjord", "estuary", "delta", "archipelago",
    ]

    /// Heads of facilities' names ("O’Connell Street", "Heathrow Airport"): no entity of the three types
    /// (OntoNotes' FAC; the gold sets' optional spans), so a name ending in one is left out.
    static let facilityHeads: Set<String> = [
        "street", "avenue", "road", "bridge", "airport", "highway", "boulevard", "motorway", "expressway", "jail",
        "prison", "dam", "stadium", "tower", "towers", "mall", "arena", "terminal",
        // Abbreviated in addresses ("S. Dixie Hwy", "Main St.", "Elm Ave").
        "hwy", "hwy.", "ave", "ave.", "blvd", "blvd.", "rd", "rd.", "st", "st.",
    ]

    /// Names known to be organisations (lowercase, as written after dropping "the").
    static let knownOrganizations: Set<String> = knownOrganizationsBase.union(headWordInstitutions)
        .union(KnownOrganizations.names(of: KnownOrganizations.organizations))
        .union(KnownOrganizations.names(of: KnownOrganizations.outlets))

    /// The organisations named here; `KnownOrganizations` adds the long lists.
    private static let knownOrganizationsBase: Set<String> = [
        "hezbollah", "hizbollah", "hizballah", "hamas", "taliban", "al-qaeda", "al qaeda", "al-qaida",
        "al qaida", "isis", "nato", "un", "u.n.", "united nations", "eu", "e.u.", "european union",
        "white house", "pentagon", "kremlin", "congress", "cia", "fbi", "nsa", "imf", "world bank", "who",
        "opec", "reuters", "associated press", "ap", "afp", "agence france-presse", "bbc", "cnn", "npr",
        "fox news", "al jazeera", "al-jazeera", "bloomberg", "google", "apple", "microsoft", "amazon",
        "facebook", "meta", "twitter", "red cross", "red crescent", "amnesty international",
        "human rights watch", "interpol", "supreme court", "politico", "usa today", "newsweek",
        "the economist", "economist", "le monde", "der spiegel", "fatah", "muslim brotherhood", "unicef",
        "unesco", "wto", "oecd", "asean", "african union", "arab league", "knesset", "duma", "pkk", "ira",
        "farc", "eta", "boko haram", "guardian", "telegraph", "al-shabab", "bundestag", "scotus", "nasa", "irna", "xinhua", "tass",
        "interfax", "ria novosti", "ansa", "efe", "dpa", "kcna", "sana", "yonhap", "kyodo", "upi",
        "al arabiya", "al-arabiya", "haaretz", "axios", "propublica", "state department",
    ]

    /// A nation's institutions named by their head word alone ("the Army said", "sent to the Legislature"):
    /// known organisations, left out where the article names a body with that head ("the Mahdi Army").
    static let headWordInstitutions: WordSet = [
        "army", "navy", "air force", "marines", "marine corps", "senate", "legislature", "parliament",
        // A legislature's lower chamber ("passed the House on Tuesday"): capitalised, only a candidate name inside a
        // sentence ("the house" never is), and left out beside "the White House" or "the State House".
        "house",
    ]

    /// Organisations that are news outlets (lowercase), besides names ending in an outlet head.
    static let knownOutlets: Set<String> = knownOutletsBase.union(KnownOrganizations.names(of: KnownOrganizations.outlets))

    /// The outlets named here; `KnownOrganizations.outlets` adds the long list.
    private static let knownOutletsBase: Set<String> = [
        "reuters", "associated press", "ap", "afp", "agence france-presse", "bbc", "cnn", "npr", "fox news",
        "al jazeera", "al-jazeera", "bloomberg", "politico", "usa today", "newsweek", "economist",
        "the economist", "le monde", "der spiegel", "guardian", "telegraph",
        "irna", "xinhua", "tass", "interfax", "ria novosti", "ansa", "efe", "dpa", "kcna", "sana", "wafa",
        "yonhap", "kyodo", "pti", "upi", "al arabiya", "al-arabiya", "haaretz", "axios", "propublica",
        // US and British networks by their initials ("reporters from Bloomberg, NBC, ABC, FOX, CBS": known names, no
        // shouting).
        "nbc", "cbs", "abc", "pbs", "itv",
    ]

    /// Last words that make an organisation a news outlet.
    static let outletHeads: Set<String> = [
        "times", "post", "monitor", "journal", "news", "herald", "tribune", "gazette", "telegraph",
        "guardian", "observer", "independent", "chronicle", "express", "mail", "mirror", "courier",
        "magazine", "newspaper", "daily", "weekly", "inquirer", "bulletin", "register", "dispatch", "press",
        "examiner", "television", "radio", "broadcasting", "review", "star", "sun", "today", "record",
        "globe", "sentinel", "standard", "statesman", "bee", "enquirer",
    ]

    /// Particles inside names ("Osama bin Laden", "Abu Khadhim", "Ludwig van Beethoven").
    static let nameParticles: WordSet = [
        "bin", "ibn", "abu", "abd", "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la",
        "le", "dos", "das", "y", "al", "el", "ben", "bint", "ten", "ter", "zu",
        // Welsh patronymics ("Mabon ap Gwynfor", "Rhys ab Owen").
        "ap", "ab",
    ]

    /// First words that mark a person's name (Arabic kunya and compound-name openers).
    static let personOpeners: Set<String> = ["abu", "abdul", "abdel", "abd", "umm", "bin", "ibn", "sheikh"]

    /// Given names (lowercase) used as a person cue: the list below, the 1990 US census's (`USNameLists`,
    /// common words removed) and those of other countries (`WorldGivenNames`). The tokenizer also marks
    /// capitalised words of `registeredGivenNames` as given names.
    static let givenNames: Set<String> = frequentGivenNames.union(words(of: USNameLists.givenNames))
        .union(words(of: WorldGivenNames.names))

    /// About 28,000 more given names, of US birth registrations (`USNameLists`; common words, place names and
    /// census surnames removed), kept as hashes: too many for the word-list table every token probes.
    static let registeredGivenNames = HashedWordSet(wordsOf: USNameLists.registeredGivenNames)

    /// Whether a lowercase word is a given name of either list.
    static func isGivenName(_ word: some StringProtocol) -> Bool {
        givenNames.contains(String(word)) || registeredGivenNames.contains(word)
    }

    /// Lowercase English words (`EnglishWords`, from wamerican), kept as hashes: what an unknown capitalised
    /// word may be ("in World Cup-style") before a rule takes it for a name.
    static let englishWords = HashedWordSet(wordsOf: EnglishWords.list)

    /// Surnames of the 1990 US census (lowercase, common words removed): a weak person cue for the last
    /// word of a name with no other clue ("Magic Johnson").
    static let surnames = HashedWordSet(wordsOf: USNameLists.surnames)

    /// Whether a token's lowercase form is in `surnames`, by the token's `lowerHash` (the FNV-1a of that form).
    static func isSurname(_ token: AnalysisToken) -> Bool {
        token.kind != .punct && surnames.contains(hash: token.lowerHash)
    }

    /// Given names borne mostly by men, and by women (1990 US census and US births, ten to one or more):
    /// "he" and "she" pass over a person whose given name says the other.
    static let maleGivenNames = HashedWordSet(wordsOf: USNameLists.maleGivenNames)
    static let femaleGivenNames = HashedWordSet(wordsOf: USNameLists.femaleGivenNames)

    /// The words of a generated list (ASCII, separated by spaces and line breaks), split as bytes.
    private static func words(of list: String) -> Set<String> {
        let pieces = list.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
        var result = Set<String>(minimumCapacity: pieces.count)
        for piece in pieces { result.insert(String(decoding: piece, as: UTF8.self)) }
        return result
    }

    /// Common given names (lowercase), a small general list, with international ones.
    private static let frequentGivenNames: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "frank", "gregory", "raymond", "alexander", "patrick", "jack", "dennis",
        "jerry", "tyler", "aaron", "jose", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle",
        "walter", "harold", "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry",
        "sean", "arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert",
        "dylan", "bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene",
        "randy", "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "hillary",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
        "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
        "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
        "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela",
        "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
        "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
        "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
        "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
        "charlotte", "rose", "alexis", "kayla", "condoleezza", "angela", "nancy", "barack", "joe", "kamala",
        "vladimir", "xi", "emmanuel", "boris", "tony", "gordon", "nicolas", "francois", "jacques", "angela",
        "olaf", "recep", "benjamin", "ariel", "ehud", "yasser", "mahmoud", "ali", "hassan", "hussein",
        "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "omar", "umar", "khalid", "khaled", "saddam",
        "ibrahim", "ismail", "yusuf", "youssef", "mustafa",
        "mustapha", "abdullah", "osama", "ayman", "hamid", "hamad", "jalal", "masoud", "iyad", "ayad",
        "tariq", "tareq", "adel", "adil", "salim", "saleh", "karim", "kareem", "rashid", "walid", "fadi",
        "fatima", "aisha", "leila", "layla", "zainab", "mariam", "noor", "nour", "sami", "samir", "nabil",
        "jamal", "kamal", "faisal", "bashar", "hafez", "recep", "ahmet", "mehmet", "vladimir", "dmitry",
        "sergei", "sergey", "alexei", "igor", "ivan", "olga", "natalia", "svetlana", "wei", "li", "zhang",
        "hiroshi", "shinzo", "kim", "narendra", "rahul", "sonia", "indira", "raj", "carlos", "luis",
        "miguel", "pedro", "jorge", "antonio", "francisco", "manuel", "javier", "alvaro", "hugo", "fidel",
        "raul", "diego", "pablo", "lula", "dilma", "angela", "helmut", "gerhard", "hans", "klaus", "jurgen",
        "pierre", "jean", "marc", "francois", "giuseppe", "silvio", "mario", "matteo", "nelson", "kofi",
        "desmond", "cyril", "thabo", "ellen", "winnie", "abiy", "dan", "tim", "tom", "jim", "bob", "bill",
        "mike", "steve", "dave", "ben", "sam", "alex", "nick", "chris", "matt", "jeff", "greg", "ken", "jon",
        "rick", "ron", "kate", "jane", "liz", "sue", "meg", "tina", "nina", "eva", "sophie", "claire",
        // More common given names (US and UK top names of the last decades, and frequent international ones).
        "aaron", "abby", "adrian", "aidan", "alan", "alberto", "alec", "alejandro", "alexandra", 
        "alfred", "alicia", "alison", "allen", "allison", "alvin", "amanda", "amelia", "ana", "andre", "andy",
        "angel", "angelo", "anita", "ann", "anne", "annie", "ashraf", "audrey", "avi", "barry", "becky",
        "ben", "bernard", "bernie", "beth", "bethany", "bill", "blake", "bonnie", "brad", "brett", "bridget",
        "brooke", "bruno", "bryce", "caleb", "calvin", "cameron", "camila", "carla", "carlos", "carmen",
        "caroline", "carrie", "casey", "cassandra", "cecilia", "chad", "charlie", "chelsea",
        "chloe", "chuck", "cindy", "claudia", "clay", "clayton", "clint", "cody", "colin", "connor", "corey",
        "courtney", "curtis", "cynthia", "daisy", "dale", "dana", "danny", "darren", "darryl", "dean",
        "deborah", "derek", "devin", "devon", "don", "dustin", "dwight", "eddie", "edgar", "edwin",
        "elaine", "eli", "elijah", "elena", "eleanor", "elise", "ella", "ellie", "elliot", "elliott", "emilio",
        "enrique", "erica", "erik", "erin", "ernest", "esther", "ethan", "eugene", "evan", "felix", "fernando",
        "fiona", "floyd", "francis", "frederick", "gabriela", "gail", "garrett", "gavin", "gene", "georgia",
        "gerard", "gilbert", "gina", "glen", "glenn", "graham", "grant", "greta", "gustavo", "harrison",
        "harry", "harvey", "hayley", "hector", "heidi", "herbert", "holly", "howard", "hunter", "ian", "irene",
        "isaac", "isabel", "ivan", "jackie", "jackson", "jaime", "jake", "jamie", "jan", "jared", "jasmine",
        "jay", "jenna", "jenny", "jeremiah", "jill", "jimmy", "joan", "joanna", "joel",
        "joey", "johnathan", "jonas", "josh", "josephine", "juan", "julio", "karl", "kathy",
        "katie", "katrina", "kendra", "kenny", "kent", "kerry", "kevin", "kirk", "kristen", 
        "kristin", "kurt", "lance", "lee", "leo", "leon", "leonard", "leslie", "lily", "lindsay", "lindsey",
        "lloyd", "lorenzo", "lori", "lucas", "lucy", "luke", "lynn", "mackenzie", "malcolm", "marco", "marcus",
        "margaret", "maria", "marina", "mario", "marion", "marissa", "marjorie", "marlon", "marsha",
        "martin", "marvin", "mason", "mathew", "matthias", "maurice", "mauricio", "max", "maxwell", "melanie",
        "melinda", "melvin", "mia", "micah", "miles", "milton", "miranda", "mitchell", "molly", "monica",
        "morgan", "naomi", "nathaniel", "neil", "nicola", "nigel", "noel", "norman", "oliver", "omar",
        "oscar", "owen", "paige", "pam", "patrick", "paula", "pauline", "penny", "perry", "phil",
        "phillip", "phyllis", "preston", "priscilla", "quentin", "rafael", "ramon", "randall", "rebecca",
        "reggie", "renee", "rex", "ricardo", "riley", "rita", "roberto", "robin", "rodney", "rodrigo",
        "roland", "ronnie", "rosa", "ross", "ruben", "rudy", "russ", "ruth", "sabrina", "sally", "salvador",
        "sandy", "sarah", "scott", "sergio", "seth", "shane", "shannon", "shawn", "sheila", "shelby",
        "sheldon", "sherry", "sidney", "simon", "sofia", "spencer", "stacy", "stanley", "stefan",
        "stella", "stuart", "sydney", "sylvia", "tamara", "tammy", "tanya", "taylor", "ted", "terrence",
        "theodore", "todd", "tommy", "tony", "tracy", "travis", "trevor", "troy", "valerie", "vanessa",
        "vernon", "veronica", "vicki", "vivian", "wade", "warren", "wendy", "wesley",
        "whitney", "wilson", "wolfgang", "xavier", "yvonne", "zach", "zachary", "zoe",
        "abdul", "ahmet", "akbar", "alexei", "anand", "anil", "arjun", "arvind", "ayesha", "bola",
        "chen", "chidi", "chinedu", "dmitri", "emeka", "fatma", "femi", "giorgio", "hamza", "hideki",
        "hyun", "ibrahima", "jin", "juma", "kemal", "kenji", "kwame", "lakshmi", "mamadou", "mehdi", "mikhail",
        "ming", "moussa", "nikolai", "nikita", "oleg", "olu", "pavel", "priya", "ravi", "reza", "sanjay",
        "seun", "shahid", "shinji", "sunil", "takeshi", "tunde", "vijay", "yuki", "yusuf", "zhang",
    ]

    /// Lowercase nouns that, right before a name or as the head of its appositive, make it an
    /// organisation ("the research firm Oanda", "carrier SunExpress", "Huawei, the Chinese tech company").
    static let organizationCueNouns: Set<String> = [
        "firm", "company", "companies", "carrier", "airline", "retailer", "conglomerate", "startup", "start-up",
        "maker", "manufacturer", "automaker", "carmaker", "plane-maker", "chipmaker", "chip-maker", "car-maker", "drugmaker", "drug-maker", "giant", "rival",
        "lender", "insurer", "bank", "brokerage", "chain", "supplier", "operator", "developer", "publisher",
        "broadcaster", "franchise", "team", "club", "side", "group", "organization", "organisation", "charity",
        "nonprofit", "non-profit", "union", "party", "outfit", "subsidiary", "exchange", "regulator", "agency",
        "institute", "university", "studio", "label", "platform", "provider", "distributor", "brand",
        "council", "ministry", "department", "authority", "commission", "committee", "board", "zoo", "coalition",
        "alliance", "church", "hospital", "service", "utility", "museum", "watchdog", "miner", "school", "college",
        "foundation", "restaurant", "eatery", "bakery", "brewery", "winery", "distillery", "cafe", "café", "office",
        // "The court stated, “...”" (the court named before, whose ruling speaks).
        "court", "tribunal",
    ]

    /// Lowercase words that, right after a name, mark it as an organisation ("WeWork founder",
    /// "Alibaba shares", "Wild coach Bruce Boudreau", "an Alibaba spokesperson").
    static let organizationTrailers: Set<String> = [
        "shares", "stock", "stocks", "shareholders", "investors", "employees", "staff", "executives",
        "spokesperson", "spokesman", "spokeswoman", "founder", "co-founder", "ceo", "cfo", "headquarters",
        "subsidiary", "coach", "coaches", "defenseman", "defenceman", "goalie", "goalkeeper", "quarterback",
        "winger", "midfielder", "striker", "captain", "manager", "fans", "roster", "squad", "lineup",
        "chairman", "chairwoman", "board", "customers", "users", "stores", "fleet", "jets", "planes", "team",
    ]

    /// Lowercase nouns that mark a place when they follow a name ("Logar province", "Pangram area") or
    /// precede "of NAME" ("the county of Huade").
    static let placeNouns: Set<String> = [
        "province", "county", "district", "region", "area", "city", "town", "village", "state",
        "prefecture", "governorate", "municipality", "township", "borough", "suburb", "neighborhood",
        "neighbourhood", "island", "valley", "oblast", "canton", "department", "river",
    ]

    /// Continents and world regions, which the gazetteer (countries, states, cities) does not hold.
    static let worldRegions: Set<String> = [
        "europe", "asia", "africa", "antarctica", "oceania", "north america", "south america",
        "latin america", "central america", "middle east", "the middle east", "north africa",
        "west africa", "east africa", "southern africa", "sub-saharan africa", "central asia",
        "south asia", "southeast asia", "east asia", "caribbean", "the caribbean", "balkans", "the balkans",
        "scandinavia", "eastern europe", "western europe", "central europe", "the gulf", "persian gulf",
        "horn of africa", "sahel", "pacific", "the pacific", "atlantic", "the atlantic", "arctic", "the arctic",
        "mediterranean", "the mediterranean", "asia-pacific", "eurasia", "siberia", "patagonia",
        // Regions without a country or first-level subdivision of that name.
        "tibet", "kurdistan", "kashmir", "south ossetia", "abkhazia", "crimea", "donbas", "donbass", "darfur",
        "transnistria",
    ]

    /// Irregular past tenses: a counted noun phrase never starts with one ("7.8 struck the coast").
    static let irregularPastTenses: WordSet = [
        "struck", "hit", "fell", "rose", "took", "made", "went", "came", "left", "got", "gave", "won", "lost",
        "ran", "saw", "met", "held", "kept", "brought", "built", "caught", "sold", "spent", "stood", "began",
        "broke", "chose", "drove", "flew", "grew", "knew", "led", "paid", "put", "sent", "set", "shot", "shut",
        "sat", "spoke", "stole", "threw", "wore", "wrote", "fought", "sought", "thought", "bought", "taught",
        "swept", "tore", "shook", "sank", "burned", "burnt", "became", "remain", "remained", "stayed",
    ]

    /// Corporate suffixes dropped when an organisation is referred to briefly ("Apple Inc." -> "Apple").
    static let corporateSuffixes: WordSet = [
        "inc.", "inc", "corp.", "corp", "co.", "ltd.", "ltd", "llc", "plc", "ag", "sa", "s.a.", "n.v.", "nv",
        "gmbh", "group", "holdings", "corporation", "company", "incorporated", "limited", "airline", "airlines",
        "airways", "bros", "bros.",
    ]

    /// Last words of a company's name that a short reference drops ("Big Machine Records" -> "Big Machine",
    /// "Sony Pictures" -> "Sony"), unless what is left is a person's or a place's name ("Dick Clark
    /// Productions", "Detroit Motors").
    static let companyHeads: WordSet = [
        "records", "productions", "pictures", "studios", "entertainment", "media", "industries", "motors",
        "technologies", "pharmaceuticals", "communications", "labs", "ventures", "networks", "games",
        "semiconductor", "semiconductors", "electronics", "software", "therapeutics", "biosciences", "mining",
    ]

    /// Words before a date in the same sentence that point to the future ("will resume on Monday").
    static let futureCues: Set<String> = [
        "will", "shall", "'ll", "should", "scheduled", "expected", "plans", "planned", "upcoming", "due", "until",
        "expire", "expires", "ahead", "starts", "begins", "resumes", "meets", "opens", "kicks", "closes",
        "arrives", "visits", "hosts", "launches", "debuts", "premieres", "airs", "heads", "tonight", "goes",
    ]

    /// Month names and abbreviations to month numbers.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan.": 1, "feb.": 2, "mar.": 3,
        "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
        "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]

    /// Weekday names to ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Number words to values.
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "dozens": 24, "hundreds": 200, "thousands": 2000,
    ]

    /// Scale words after a number ("2.5 million").
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
        // The Indian numbering system ("Rs 24 lakh", "Rs 2,000 crore").
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    ]

    /// Qualifiers before a number; multi-word ones are written with spaces.
    static let qualifiers: [String] = [
        "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "upwards of",
        "close to", "in excess of", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
        "over", "under", "approaching", "exactly", "only", "just", "estimated", "an estimated", "some",
    ]

    /// Event verbs for GDELT-style counts (as written), with the count type they report.
    static let eventVerbs: [String: String] = [
        "killed": "killed", "kills": "killed", "kill": "killed", "dead": "killed", "died": "killed",
        "die": "killed", "wounded": "wounded", "wounding": "wounded", "injured": "wounded",
        "injuring": "wounded", "hurt": "wounded", "arrested": "arrested", "detained": "arrested",
        "detaining": "arrested", "kidnapped": "kidnapped", "abducted": "kidnapped", "displaced": "displaced",
        "evacuated": "evacuated", "executed": "killed", "captured": "arrested", "missing": "missing",
        "rescued": "rescued", "freed": "freed", "released": "freed", "protested": "protested",
        "protesting": "protested", "affected": "affected", "infected": "infected", "hospitalized": "wounded",
        "deported": "deported", "fled": "displaced", "killing": "killed", "dying": "killed",
        "murdered": "killed", "slain": "killed", "massacred": "killed", "beheaded": "killed",
        "sickened": "infected", "jailed": "arrested", "imprisoned": "arrested", "sentenced": "sentenced",
        "homeless": "displaced", "stranded": "stranded", "fired": "fired", "hired": "hired",
    ]

    /// Words that end a counted noun phrase.
    static let unitStops: Set<String> = [
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "or", "but", "that", "which", "who",
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "could", "should",
        "can", "may", "might", "than", "as", "the", "a", "an", "this", "these", "those", "it", "they", "he",
        "she", "we", "its", "their", "his", "her", "our", "said", "says", "ago", "before", "after", "since",
        "during", "over", "under", "into", "while", "when", "where", "so", "not", "also", "each", "per",
        "killed", "wounded", "injured", "arrested", "died", "dead", "more", "less", "about", "later",
        "earlier", "among", "including", "there", "then", "now", "if", "because", "through", "out", "up",
        "down", "last", "next", "such", "other", "own", "all", "both", "do", "did", "does", "old", "long",
    ]
}
