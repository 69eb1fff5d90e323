import XCTest
import NewsmillCore

/// Quote rules, one construction per test.
final class IntelligenceTestsQuotes: XCTestCase {
    private let analyzer = ArticleAnalyzer()

    private func quotes(_ body: String) -> [Quote] {
        analyzer.analyze(title: nil, body: body, published: nil).quotes
    }

    /// The speakers the attribution rules give, before `SpeakerRanker` is asked about the quotes they leave.
    private func ruleSpeakers(_ body: String) -> [String?] {
        analyzer.speakerTrainingExamples(title: nil, body: body).map(\.ruleSpeaker)
    }

    func testAttributionAfterTheQuote() throws {
        let found = quotes("“We will not leave our land, whatever happens,” said John Smith, a local farmer.")
        let quote = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(quote.speaker, "John Smith")
        XCTAssertEqual(quote.verb, "said")
        XCTAssertEqual(quote.text, "We will not leave our land, whatever happens")
    }

    /// A name opening a compound ("Oman-based", "Al-Qaeda-linked") modifies the name after it, which speaks.
    func testANameOpeningACompoundIsNoSpeaker() {
        XCTAssertEqual(ruleSpeakers("""
        Oman-based Christopher Dodwell, 25, whose family live in Diraz, spoke to reporters and said: “It’s really horrible.”

        The Al-Qaeda-linked Al-Shabaab movement claimed the attack, saying its fighters “made their way into the building.”
        """), ["Christopher Dodwell", "Al-Shabaab"])
    }

    /// A name after a possessive determiner and before a noun ("on his Twitter handle said") modifies that noun;
    /// the sentence's subject speaks.
    func testANameAfterAPossessiveDeterminerIsNoSpeaker() {
        XCTAssertEqual(ruleSpeakers("""
        Senator Ajibola Basiru spoke on Monday. However, Senator Basiru in a statement on his Twitter handle said: \
        “The Senate does not act on newspaper reports.”
        """), ["Ajibola Basiru"])
    }

    /// "the governor" is the person given "Gov." (not "Lt. Gov."); a name after a plural's possessive apostrophe
    /// modifies a noun ("Wales' Rugby World Cup injury curse"); after a fronted clause ("While Levein felt ...,
    /// he stressed"), the next "he said" is the clause's subject.
    func testTitleAbbreviationsPluralPossessivesAndFrontedClauses() {
        XCTAssertEqual(ruleSpeakers("""
        Gov. Rick Scott told residents to leave. He sent Lt. Gov. Carlos Lopez to Washington.

        Many were ordered to evacuate, according to Andrew Sussman, the state’s hurricane program manager.

        “We are less than 24 hours away from the storm,” the governor said.
        """), ["Rick Scott"])
        XCTAssertEqual(ruleSpeakers("""
        Warren Gatland has reacted to Wales' Rugby World Cup injury curse, by admitting: "You cannot dwell on it at all."
        """), ["Warren Gatland"])
        XCTAssertEqual(ruleSpeakers("""
        Craig Levein insisted he shared the agony of the fans.

        While Levein felt Willie Collum had denied his side a penalty, he stressed the players were to blame.

        “I thought it was a pen and I thought McNulty was offside for the first goal,” he said.
        """), ["Craig Levein"])
    }

    /// "Mrs May replied:" is Theresa May (a month after an honorific is a surname); a name inside a relative
    /// clause after a description is not the subject ("The leader, who visited Mrs May ..., said"); nor is the
    /// possessor of a speech that a comma parts from the verb ("brushed off Mrs May’s comments, telling").
    func testMonthSurnamesRelativeClausesAndPossessedSpeech() {
        XCTAssertEqual(ruleSpeakers("""
        Theresa May spoke in the Commons.

        Mrs May replied: “The figure that was quoted was publicly available at the time.”

        The president of the European Parliament, Antonio Tajani, has rejected Theresa May’s claim.

        The European Parliament leader, who visited Mrs May in Number 10 last month, said Brussels saw the vote as \
        “a positive development for them and for us”.

        Earlier, Mr Juncker’s spokesman, Margaritis Schinas, brushed off Mrs May’s comments, telling reporters: “We are not \
        naive, we know that there is an election.”
        """), ["Theresa May", "Antonio Tajani", "Margaritis Schinas"])
    }

    /// A verb of naming seven words back introduces a quoted phrase after "of" even when a compound the tokenizer
    /// split ("Modi-led") stands between.
    func testAVerbOfNamingReachesPastASplitCompound() {
        let found = quotes("""
        Posting a tweet on August 4, Derek O’Brien accused the PM Narendra Modi-led government of “running away from the Parliament.”
        """)
        XCTAssertEqual(found.map(\.text), ["running away from the Parliament."])
    }

    func testNameBeforeVerbAfterTheQuote() throws {
        let found = quotes("Senator Mary Jones opposed the bill. “This law will hurt every family in the state,” Jones said on Tuesday.")
        XCTAssertEqual(found.first?.speaker, "Mary Jones")
        XCTAssertEqual(found.first?.verb, "said")
    }

    func testAttributionBeforeTheQuote() throws {
        let found = quotes("Maria Lopez, a nurse, said: “The water is gone and nobody came to help us.”")
        XCTAssertEqual(found.first?.speaker, "Maria Lopez")
        XCTAssertEqual(found.first?.text, "The water is gone and nobody came to help us.")
    }

    func testPronounResolvesToTheLastNamedPerson() throws {
        let body = """
        Ahmed Karim, a baker in Mosul, has kept his shop open through the fighting.

        “Prices doubled in a single week and people still need bread,” he said.
        """
        XCTAssertEqual(quotes(body).first?.speaker, "Ahmed Karim")
    }

    func testNestedQuotesStayInsideTheOuterQuote() throws {
        let found = quotes("“The officer told me ‘run now’ and I ran as fast as I could,” said Jane Doe, a student.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker, "Jane Doe")
        XCTAssertTrue(found.first?.text.contains("‘run now’") ?? false)
    }

    func testQuotedPassageWithInnerQuotesAndOutlet() throws {
        let body = """
        The Boston Globe quoted a local preacher in its report: “‘We must stay calm and help our neighbours,’ said Omar Haddad, a preacher.”

        “‘Nobody else will do it for us, and the winter is coming fast.’”
        """
        let found = quotes(body)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map(\.speaker), ["Omar Haddad", "Omar Haddad"])
        XCTAssertEqual(found.map(\.via), ["Boston Globe", "Boston Globe"])
        XCTAssertEqual(found.first?.text, "We must stay calm and help our neighbours")
    }

    func testMultiParagraphQuoteIsJoined() throws {
        let body = """
        Dr. Helen Park, a surgeon, described the night to reporters.

        “We had no power and no water for two days, and the wounded kept coming.

        “By the third night we were operating by the light of our phones,” she said.
        """
        let found = quotes(body)
        XCTAssertEqual(found.count, 1)
        let quote = try XCTUnwrap(found.first)
        XCTAssertEqual(quote.speaker, "Helen Park")
        XCTAssertTrue(quote.text.contains("no power and no water"))
        XCTAssertTrue(quote.text.contains("light of our phones"))
    }

    func testScareQuotesAndApostrophesAreNotQuotes() {
        let found = quotes("The so-called “reform” didn’t help the Smiths’ shop, which isn’t open on Sundays.")
        XCTAssertEqual(found, [])
    }

    func testStraightQuotes() throws {
        let found = quotes("\"The bridge will reopen next month,\" said Tom Baker, a city engineer.")
        XCTAssertEqual(found.first?.speaker, "Tom Baker")
        XCTAssertEqual(found.first?.text, "The bridge will reopen next month")
    }

    func testUnbalancedQuotesDoNotHangOrCrash() {
        let body = String(repeating: "“Open ‘inner “again ’ ” ” ’ ‘ “ said. ", count: 200) + "\n\n“"
        let found = quotes(body)
        XCTAssertLessThan(found.count, 1000)
    }

    func testOutletAfterTheQuoteAndCitation() throws {
        let analysis = analyzer.analyze(title: nil, body: """
        Foreign Minister Manouchehr Mottaki dismissed the remarks. “Threats have never worked with our nation,” \
        Mottaki said in Tehran, according to the state news agency IRNA.
        """, published: nil)
        let quote = try XCTUnwrap(analysis.quotes.first)
        XCTAssertEqual(quote.speaker, "Manouchehr Mottaki")
        XCTAssertEqual(quote.via, "IRNA")
        XCTAssertEqual(analysis.citations, [Citation(name: "IRNA", date: nil)])
    }

    func testCitationDates() throws {
        let analysis = analyzer.analyze(title: nil, body: """
        The New York Times of Nov. 28 reported the raid. In its Nov. 25 issue, the Washington Post quoted an \
        expert. The Guardian's Nov. 20 editorial said so too, and the Chicago Tribune was silent.
        """, published: PartialDate(value: "2006-12", precision: .month))
        XCTAssertEqual(analysis.citations, [
            Citation(name: "New York Times", date: "2006-11-28"),
            Citation(name: "Washington Post", date: "2006-11-25"),
            Citation(name: "Guardian", date: "2006-11-20"),
        ])
    }

    func testCapitalisedTitleBetweenQuoteAndName() throws {
        let found = quotes("\"We're seeing very strong demand,\" Chief Executive Tim Cook told analysts on a call.")
        XCTAssertEqual(found.first?.speaker, "Tim Cook")
        XCTAssertEqual(found.first?.verb, "told")
        XCTAssertEqual(found.first?.text, "We're seeing very strong demand")
    }

    func testGuillemetsAndLowOpeningQuotes() throws {
        let french = quotes("« Nous ne partirons pas d’ici sans réponse », a déclaré Marie Dupont, une militante.")
        XCTAssertEqual(french.first?.text, "Nous ne partirons pas d’ici sans réponse")
        let german = quotes("„Wir werden das Werk nicht schließen“, sagte Anna Schmidt, die Sprecherin.")
        XCTAssertEqual(german.count, 1)
        XCTAssertEqual(german.first?.text, "Wir werden das Werk nicht schließen")
    }

    func testGovernmentAgencyIsNotACitedOutlet() {
        let analysis = analyzer.analyze(title: nil, body: """
        Turkey's disaster agency AFAD said 2,470 people had been rescued. The United Nations will meet on \
        Friday, according to Reuters.
        """, published: nil)
        XCTAssertEqual(analysis.citations, [Citation(name: "Reuters", date: nil)])
    }

    func testItOrTheySaidResolvesToTheOrganization() throws {
        let body = """
        Harbour Lane Productions has denied blocking the concert, and the band thanked its fans.

        “We never tried to stop anyone from performing anywhere,” they said in a statement.

        “The licences were granted weeks ago to the organisers of the gala,” it added.
        """
        let found = quotes(body)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map(\.speaker), ["Harbour Lane Productions", "Harbour Lane Productions"])
    }

    func testItSaidSkipsAPrepositionalObject() throws {
        let body = """
        Northgate Media runs the festival. Its board wrote to the organisers of Riverfest Holdings on Monday.

        “The contract was signed and nothing in it has changed,” it said.
        """
        XCTAssertEqual(quotes(body).first?.speaker, "Northgate Media")
    }

    func testSaidFurtherOnInTheSentenceAfterTheQuote() throws {
        let body = """
        The ambassador kept telling staff “he was running the whole negotiation himself” despite his junior rank, said another witness in the inquiry, former trade adviser Helen Marlowe.

        “We want the option of a much bigger agreement with them” was the line in October, said Derek Whitcombe, a scholar at the institute.
        """
        let found = quotes(body)
        XCTAssertEqual(found.map(\.speaker), ["Helen Marlowe", "Derek Whitcombe"])
        XCTAssertEqual(found.map(\.verb), ["said", "said"])
    }

    func testPronounPassesOverAPersonOfTheOtherSex() throws {
        let body = """
        John Parker, who chairs the audit board, thanked Mary Collins for the report on Tuesday.

        “We found the money was spent twice over, in two separate years,” she said.

        “Nobody on the board knew about the second payment,” he said.
        """
        XCTAssertEqual(quotes(body).map(\.speaker), ["Mary Collins", "John Parker"])
    }

    func testDefiniteDescriptionAfterTheQuoteIsTheLastPersonNamed() throws {
        let body = """
        The actor Jamie Whitcombe spoke to reporters after the show on Monday night.

        “You never know why these things happen to a family like ours,” said the actor.

        “We will keep going, whatever anybody says about it,” the 41-year-old said.
        """
        XCTAssertEqual(quotes(body).map(\.speaker), ["Jamie Whitcombe", "Jamie Whitcombe"])
    }

    func testTwoApostrophesCloseADoubleQuote() throws {
        let found = quotes("“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the AP.")
        let quote = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(quote.speaker, "Will Moy")
        XCTAssertEqual(quote.verb, "told")
        XCTAssertTrue(quote.text.hasPrefix("It was an attempt to mislead voters"))
    }

    func testNameSetOffByCommasBeforeTheVerb() throws {
        let found = quotes("“The evidence is not strong enough to file charges,” Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.")
        XCTAssertEqual(found.first?.speaker, "Eva-Marie Persson")
        XCTAssertEqual(found.first?.verb, "said")
    }

    func testAccordingToNamesThePerson() throws {
        let found = quotes("Mary Jones met residents. “The budget is fair and it protects schools,” according to Jones.")
        XCTAssertEqual(found.first?.speaker, "Mary Jones")
    }

    func testTheCompanySaidIsTheLastOrganizationNamed() throws {
        let found = quotes("Acme Corp. cut 200 jobs on Monday. In a statement, the company said: “We regret the decision but it was needed.”")
        XCTAssertEqual(found.first?.speaker, "Acme Corp.")
        let after = quotes("Acme Corp. cut 200 jobs on Monday. “We regret the decision but it was needed,” the company said.")
        XCTAssertEqual(after.first?.speaker, "Acme Corp.")
    }

    func testASpokeswomanForAnOrganizationIsNotTheOrganization() throws {
        let found = quotes("Acme Corp. cut 200 jobs. “We regret the decision but it was needed,” a spokeswoman for Acme Corp. said.")
        XCTAssertEqual(found.count, 1)
        XCTAssertNil(found.first?.speaker)
    }

    func testSubjectBeforeAnAppositiveWithAnOrganization() throws {
        let found = quotes("""
        Silvia S. Martins, associate professor of epidemiology at Columbia University Mailman School of Public Health, \
        commented: "Cannabis use disorder in adolescence is associated with long-term adverse consequences."
        """)
        XCTAssertEqual(found.first?.speaker, "Silvia S. Martins")
    }

    func testACountrySpeaks() throws {
        let after = quotes("Protests spread on Monday. “We urge all sides to show restraint and to talk,” Britain said in a statement.")
        XCTAssertEqual(after.first?.speaker, "Britain")
        let before = quotes("Protests spread on Monday. The UK has urged calm: “We urge all sides to show restraint and to talk.”")
        XCTAssertEqual(before.first?.speaker, "UK")
        let place = quotes("In Britain, Mary Jones said: “We urge all sides to show restraint and to talk.”")
        XCTAssertEqual(place.first?.speaker, "Mary Jones")
    }

    func testAColonAfterASentenceOpeningWithAName() throws {
        let found = quotes("Mary Jones was clear about the budget: “The budget is fair and it protects schools.”")
        XCTAssertEqual(found.first?.speaker, "Mary Jones")
    }

    func testAQuoteAfterASentenceInWhichAPersonSpeaks() throws {
        let found = quotes("Mary Jones said the plan would pass. “The budget is fair and it protects schools.”")
        XCTAssertEqual(found.first?.speaker, "Mary Jones")
        // No rule reads a person thanked as the next quote's speaker (the ranker may still weigh them).
        XCTAssertEqual(ruleSpeakers("The council thanked Mary Jones. “The budget is fair and it protects schools.”"), [nil])
    }

    func testAQuoteAfterASentenceOpeningWithAName() throws {
        let found = quotes("Mary Jones was blunt. “The budget is fair and it protects schools.”")
        XCTAssertEqual(found.first?.speaker, "Mary Jones")
        XCTAssertEqual(ruleSpeakers("Mary Jones was blunt.\n\n“The budget is fair and it protects schools.”"), [nil])
    }

    func testARoleAfterTheVerbThenTheName() throws {
        let found = quotes("Shares fell. “We will rebuild the business,” said the company’s chief executive, Jane Doe.")
        XCTAssertEqual(found.first?.speaker, "Jane Doe")
        let unnamed = quotes("Shares fell. “We will rebuild the business,” said a spokeswoman, adding that Tom Roe agreed.")
        XCTAssertEqual(unnamed.count, 1)
        XCTAssertNil(unnamed.first?.speaker)
    }

    func testThePersonInAnOrganizationsAppositiveSpeaks() throws {
        let named = quotes("Roads closed. “We will rebuild the bridge,” a spokeswoman for the Transport Department, Jane Doe, said.")
        XCTAssertEqual(named.first?.speaker, "Jane Doe")
        let unnamed = quotes("Roads closed. “We will rebuild the bridge,” a spokeswoman for the Transport Department said.")
        XCTAssertEqual(unnamed.count, 1)
        XCTAssertNil(unnamed.first?.speaker)
    }

    func testAppositivesBeforeTheVerb() throws {
        let age = quotes("Roads closed. “We will rebuild the bridge,” Jane Doe, 52, of Springfield, said.")
        XCTAssertEqual(age.first?.speaker, "Jane Doe")
        let possessive = quotes("Sales rose. “The end of the year is a busy time,” Jessica Caldwell, Edmunds' executive director of analysis, said.")
        XCTAssertEqual(possessive.first?.speaker, "Jessica Caldwell")
    }

    func testAccordingToBeforeTheQuote() throws {
        let found = quotes("Roads closed on Monday. According to Jane Doe, “the bridge will be rebuilt within a year.”")
        XCTAssertEqual(found.first?.speaker, "Jane Doe")
    }

    func testADescribedSpeakerIsThePersonNamedWithThatRole() throws {
        let before = quotes("""
        Jane Doe, the mayor of Springfield, and Tom Roe, the governor, met on Monday.

        “We will rebuild the bridge,” the governor said.
        """)
        XCTAssertEqual(before.first?.speaker, "Tom Roe")
        let after = quotes("""
        Protesters marched on Monday.

        “The violence must stop,” the ambassador said.

        Liu Xiaoming, China’s ambassador to Britain, also criticised the protesters.
        """)
        XCTAssertEqual(after.first?.speaker, "Liu Xiaoming")
    }

    func testAParticipleWithoutANameContinuesTheSubjectBeforeTheQuote() throws {
        let found = quotes("Kristi Noem later tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”")
        XCTAssertEqual(found.first?.speaker, "Kristi Noem")
        XCTAssertEqual(found.first?.verb, "tweeted")
    }

    func testAnUnattributedQuoteTakesTheSpeakerOfTheQuoteThatAddsToIt() throws {
        let found = quotes("""
        Jane Doe arrived on Monday.

        “We will rebuild the bridge. It will take a year.”

        “Nobody will stop us,” she added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jane Doe", "Jane Doe"])
    }

    func testAnUnnamedAttributionIsNotGivenThePreviousSentencesSpeaker() throws {
        let found = quotes("Mary Jones said the plan would pass. “We regret the decision but it was needed,” a spokeswoman said.")
        XCTAssertEqual(found.count, 1)
        XCTAssertNil(found.first?.speaker)
    }

    func testAnAuxiliaryBeforeTheVerbAfterAnAppositive() throws {
        let found = quotes("Tariffs rose. “The Chinese government pays nothing at all for this,” Howard Gleckman, a senior fellow at the Urban Institute, has written.")
        XCTAssertEqual(found.first?.speaker, "Howard Gleckman")
        XCTAssertEqual(found.first?.verb, "written")
    }

    func testADescribedOrganizationIsTheOneNamedWithThatNoun() throws {
        let found = quotes("""
        The group, WeWorkers Coalition, formed in recent weeks. Shares of WeWork fell and Acme Corp. bought a stake.

        In a separate tweet, the group added that WeWork “is not following through on its promise to employees.”
        """)
        XCTAssertEqual(found.first?.speaker, "WeWorkers Coalition")
    }

    func testAParticipleGoesWithTheSentencesSubjectFarBack() throws {
        let found = quotes("""
        The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management earlier this month         stating that they “don’t want to be defined by the scandals of the company’s leadership.”
        """)
        XCTAssertEqual(found.first?.speaker, "WeWorkers Coalition")
    }

    func testAPartyMemberDescribedByPlaceIsTheLastPersonNamed() throws {
        let found = quotes("""
        Sen. Josh Hawley wrote a letter on Monday.

        “The company has failed to protect users from harm,” the Missouri Republican wrote.
        """)
        XCTAssertEqual(found.first?.speaker, "Josh Hawley")
    }

    func testAPronounOrDescribedSubjectBeforeAVerbFurtherBack() throws {
        let pronoun = quotes("Jane Doe spoke on Monday.\n\nShe said the plan was “a disaster for everyone involved in it.”")
        XCTAssertEqual(pronoun.first?.speaker, "Jane Doe")
        let company = quotes("""
        Instagram tested a change on Thursday.

        The company said in a statement that it wants “people to focus on the photos they share, not on likes.”
        """)
        XCTAssertEqual(company.first?.speaker, "Instagram")
    }

    func testAParticipleGoesWithTheSubjectOpeningTheSentence() throws {
        let found = quotes("Taylor Swift spoke on Monday.\n\nBig Machine Label Group has denied Swift’s claims, saying they were “shocking and false in every way.”")
        XCTAssertEqual(found.first?.speaker, "Big Machine Label Group")
    }

    func testAnOrganizationAfterAPrepositionAndTheIsInAnAppositive() throws {
        let found = quotes("In May, Zippy Duvall, the president of the American Farm Bureau, said farmers faced “near-unprecedented economic uncertainty and hardship.”")
        XCTAssertEqual(found.first?.speaker, "Zippy Duvall")
    }

    func testTheOneSpokenToIsNotTheSpeaker() throws {
        let found = quotes("Tim Cook and Marc Benioff met on stage.\n\n“We all miss Steve so much,” Benioff weighed in, telling Cook.")
        XCTAssertNotEqual(found.first?.speaker, "Tim Cook")
    }

    func testARoleIntroducedWithoutANameStaysUnnamed() throws {
        let found = quotes("""
        Prince Andrew gave an interview on Saturday.

        “He is not entitled to any form of immunity at all,” said one legal expert.

        “His friendship with Epstein is under investigation,” the expert warned.
        """)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map(\.speaker), [nil, nil])
    }

    func testAWholeParagraphQuoteAfterAParagraphInWhichAPersonSpeaks() throws {
        let found = quotes("""
        Saeb Erekat said it was only the latest move to force the Palestinians to give up their claims.

        “They wanted us on our knees and they used every trick to put pressure on us.”
        """)
        XCTAssertEqual(found.first?.speaker, "Saeb Erekat")
    }

    func testAccordingToADescribedPersonThenTheName() throws {
        let found = quotes("Everyone called him Mike. According to his aunt, Jane Starner, “He was brilliant from the start, reading early.”")
        XCTAssertEqual(found.first?.speaker, "Jane Starner")
    }

    func testAVerbAfterALongAppositiveWithoutAComma() throws {
        let found = quotes("""
        Air quality improved. “This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the         Council on Energy, Environment and Water think tank told CBS News.
        """)
        XCTAssertEqual(found.first?.speaker, "Kurinji Selvaraj")
    }

    func testASubjectFarBackBeforeTheVerb() throws {
        let found = quotes("""
        Teachers rallied. Karen McCormick, who has split from many fellow Republicans on issues such as the voucher program,         told cheering teachers that they weren’t “asking for the moon at all.”
        """)
        XCTAssertEqual(found.first?.speaker, "Karen McCormick")
    }

    func testACapitalisedTitleInTheAppositiveMarksTheSpeaker() throws {
        let found = quotes("Ascom signed a deal on Monday.\n\nClaes Ödman, CEO of Ascom, says: “We are delighted with the partnership.”")
        XCTAssertEqual(found.first?.speaker, "Claes Ödman")
    }

    func testAccordingToAStatementFromAnOrganization() throws {
        let found = quotes("Troops moved on Monday.\n\n“The troops will stay to protect the oil fields,” according to a statement from the Pentagon.")
        XCTAssertEqual(found.first?.speaker, "Pentagon")
    }

    func testAPronounPassesOverAPrepositionsObject() throws {
        let found = quotes("""
        Prince Andrew defended his friendship with Jeffrey Epstein on Saturday.

        He told the interviewer: “I took the judgement call that it was right to go and talk to him.”
        """)
        XCTAssertEqual(found.first?.speaker, "Andrew")
    }

    func testAStudyByAnOrganizationSpeaksThroughItsAuthor() throws {
        let found = quotes("""
        Prices rose. A March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded         that “the full incidence of the tariff falls on domestic consumers.”
        """)
        XCTAssertEqual(found.first?.speaker, "Centre for Economic Policy Research")
    }

    func testAQuoteAfterAnUnnamedSpeakersQuoteStaysUnnamed() throws {
        let found = quotes("""
        Scooter Braun is unhappy, according to a report.

        “Scooter is frustrated because his name is being dragged in the mud,” an insider told the outlet. “He doesn’t run the company.”
        """)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map(\.speaker), [nil, nil])
    }

    func testAPossessiveOpeningTheSentenceIsNotItsSubject() throws {
        let found = quotes("""
        Taylor Swift spoke on Monday.

        Swift's rep told Fox News that this was not the whole truth. “Big Machine is trying to deflect and make this about money.”
        """)
        XCTAssertNil(found.first?.speaker)
    }

    func testAStatementSpeaksForTheOneWhoIssuedIt() throws {
        let found = quotes("""
        On Monday, Big Machine Records issued a statement about the awards.

        The statement, which was obtained by Variety, claimed that the two companies had “come to terms on a licensing agreement for the show.”

        "It should be noted that recording artists do not need label approval," the statement continued.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Big Machine Records", "Big Machine Records"])
        XCTAssertEqual(found.last?.verb, "continued")
    }

    func testAStatementDescribedByItsIssuer() throws {
        let found = quotes("""
        Taylor Swift accused Braun and Big Machine Records of blocking her documentary.

        The company flat-out denied the allegations in a statement shared to its website.

        "At no point did we say Taylor could not perform on the show," the statement read.
        """)
        XCTAssertEqual(found.first?.speaker, "Big Machine Records")
        XCTAssertEqual(found.first?.verb, "read")
    }

    func testADescribedOrganizationWithAModifier() throws {
        let found = quotes("""
        Dick Clark Productions denied that it had settled on an arrangement with the label.

        “At no time did we agree to create or distribute such a statement,” the production company said.
        """)
        XCTAssertEqual(found.first?.speaker, "Dick Clark Productions")
    }

    func testAnOutletAfterTheVerbWithItsArticle() throws {
        let found = quotes("In the wake of that outbreak, China “vastly improved its detection and management of diseases,” writes the Associated Press.")
        XCTAssertEqual(found.first?.speaker, "Associated Press")
    }

    func testAPersonWhoseAppositiveNamesAnOrganization() throws {
        let found = quotes("""
        Ian Hamilton, an expert in drug use and mental health at the Department of Health Sciences at the U.K.'s University of York who did not work on the study, told Newsweek: "Even a small increase in users can raise the risk."
        """)
        XCTAssertEqual(found.first?.speaker, "Ian Hamilton")
    }

    func testAPronounFarBackFindsAPersonOfItsSex() throws {
        let found = quotes("""
        John Ford wrote novels that puzzled his editors.

        Ford's work came alive for me after the novelist Jo Walton explained it. “You are only seeing the tenth of the iceberg in every novel,” she said. “It makes it dense in a really powerful way.” Mary Smith nodded. Anna Brown did too. Kate Green smiled. When his editors would ask him to explain himself more, he’d respond, “I have a horror of being obvious.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jo Walton", "Jo Walton", "John Ford"])
    }

    func testAQuoteAfterASentenceWithAnUnnamedSpeakerStaysUnnamed() throws {
        let found = quotes("""
        "We started to see progress over the past two weeks," Borchetta said.

        Swift's rep told Fox News that this, too, was not the whole truth. "Big Machine is trying to deflect and make this about money."
        """)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first?.speaker, "Borchetta")
        XCTAssertNil(found.last?.speaker)
        // A described speaker ("the president") may be the one named before; the earlier speaker goes on.
        let described = quotes("""
        "We will win this fight in the courts," Donald Trump said on Monday.

        The president said the inquiry was a hoax. "It is the greatest witch hunt in history."
        """)
        XCTAssertEqual(described.last?.speaker, "Donald Trump")
    }

    func testASurnameAfterAQuotedQuestion() throws {
        let found = quotes("""
        Volker testified on Tuesday.

        "So it is fair to say you have not fixed the problem?" Schiff asked.
        """)
        XCTAssertEqual(found.first?.speaker, "Schiff")
        XCTAssertEqual(found.first?.verb, "asked")
    }

    func testADashAndANameAfterTheQuote() throws {
        let found = quotes("""
        Maria Gonzalez is the mayor of Springfield.

        “The city will recover from this storm quickly.” — Maria Gonzalez
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Gonzalez")
    }

    func testARoleGivenAsAPredicate() throws {
        let found = quotes("""
        Maria Gonzalez is the mayor of Springfield. Tom Baker is a farmer.

        “The city will recover from this storm quickly,” the mayor told reporters on Tuesday.
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Gonzalez")
    }

    func testAPossessiveBeforeWhatSomeoneSaysIsTheSpeaker() throws {
        let found = quotes("""
        Tom Baker is a farmer near Springfield.

        Tom Baker’s message was simple: “We lost everything we had this year.”
        """)
        XCTAssertEqual(found.first?.speaker, "Tom Baker")
    }

    func testDescribedIsASpeechVerb() throws {
        let found = quotes("""
        John Ford married Elise in a ceremony of his own making.

        (“The Klingon Empire has decided that we should be married,” was how Ford described it to friends.)
        """)
        XCTAssertEqual(found.first?.speaker, "John Ford")
    }

    func testADescribedSpeakerWithARelativeClauseBeforeTheVerb() throws {
        let found = quotes("""
        Maria Gonzalez is the mayor of Springfield. Tom Baker is a farmer.

        “Nobody from the company ever came to check the bridge,” the mayor, who took office in 2018, said.
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Gonzalez")
        XCTAssertEqual(found.first?.verb, "said")
    }

    func testAnUnnamedGroupKeepsItsVerbAndNamesNoOne() throws {
        let found = quotes("""
        “The city will recover from this storm quickly,” Maria Gonzalez said.

        “The suspect was armed and dangerous at the time,” police said in a statement.
        """)
        XCTAssertEqual(found.count, 2)
        XCTAssertNil(found.last?.speaker)
        XCTAssertEqual(found.last?.verb, "said")
    }

    func testMoreSpeechVerbs() throws {
        let found = quotes("""
        Tim Cook spoke at the conference.

        Cook remembered Steve Jobs rehearsing there and "going way off script in a way that only he could do."

        “That is simply not what happened at the meeting,” Maria Gonzalez retorted.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Tim Cook", "Maria Gonzalez"])
        XCTAssertEqual(found.map(\.verb), ["remembered", "retorted"])
    }

    func testASentenceOpeningWithANameBeforeTheQuoteOutweighsAnEarlierParagraphsSpeaker() throws {
        let found = quotes("""
        Mary Jones questioned Gordon Smith on Tuesday.

        “We are not going to back down from this fight,” Jones said.

        Smith, for his part, was calm. “I have told the committee everything I know about it.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mary Jones", "Gordon Smith"])
    }

    func testAPersonInAnAppositiveOpeningTheSentenceBeforeTheQuote() throws {
        let found = quotes("The company's chief executive, Tom Reed, spoke first. “Our results were strong this quarter and we expect more growth.”")
        XCTAssertEqual(found.first?.speaker, "Tom Reed")
    }

    func testPhrasalSpeechVerbsCountOnlyBeforeTheirParticle() throws {
        let found = quotes("""
        Mayor Anna Keller opened the meeting on Tuesday with Tom Baker.

        "We all want the same thing for this city," Keller weighed in.

        "The numbers do not lie about this budget," Baker shot back.

        "The parcel weighed more than anyone in the office expected," Keller weighed the offer.
        """)
        XCTAssertEqual(found.prefix(2).map(\.speaker), ["Anna Keller", "Tom Baker"])
        // Without its particle, "weighed" is no attribution: the last quote only continues Baker's.
        XCTAssertEqual(found.map(\.verb), ["weighed", "shot", nil])
    }

    func testAQuoteInsideASentenceThatOpensWithAPersonIsTheirs() throws {
        let found = quotes("""
        “We are proud of the work this team has done,” Mary Jones said.

        Tom Baker introduced the speaker as “someone who has changed the way we think about cities” before leaving.

        The band toured for two more years.

        Baker released their single “Takin’ It to the Streets” in 1976.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mary Jones", "Tom Baker", nil])
    }

    func testTwoStraightApostrophesCloseADoubleQuote() throws {
        let found = quotes("""
        "The numbers in fact look perfectly fine in every respect except one,'' said Duncan Stewart, an analyst.
        """)
        XCTAssertEqual(found.map(\.text), ["The numbers in fact look perfectly fine in every respect except one"])
        XCTAssertEqual(found.first?.speaker, "Duncan Stewart")
    }

    func testAPronounDoesNotReferToAPersonNamedInsideAQuote() throws {
        let found = quotes("""
        Alice Evans posted a tweet on Tuesday.

        "My husband of 20 years, Ioan Gruffudd, has announced he is to leave his family," Evans tweeted.

        "We haven't been given a reason for any of this at all," she added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Alice Evans", "Alice Evans"])
    }

    func testAPronounDoesNotReferToAPrepositionsObjectInItsOwnSentence() throws {
        let found = quotes("""
        Alex Norris is the policing minister.

        Asked about the plan in a discussion with Ben Leo and Isabel Webster, he said: “I don’t think that people will see a want for commitment.”
        """)
        XCTAssertEqual(found.first?.speaker, "Alex Norris")
    }

    func testAShortTitleInDoubleQuotesIsNoQuote() throws {
        let found = quotes("""
        “We played every song we had that night,” Tom Johnston said.

        One of the cards, a poem called “Winter Solstice, Camelot Station,” went on to win an award.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Tom Johnston"])
    }

    func testAnAdverbMayStandBetweenTheSpeakerAndTheVerb() throws {
        let found = quotes("""
        Ilse Marnholt has no children, and when asked who will take her tools, she is quiet for a long time.

        “Matteo, maybe. Or someone I have not met yet,” she finally says.

        “The wood will tell them what it wants to become,” Marnholt later added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Ilse Marnholt", "Ilse Marnholt"])
        XCTAssertEqual(found.map(\.verb), ["says", "added"])
    }

    func testAPronounOrOrganisationSpeakingInThePreviousSentenceSpeaksAWholeParagraphQuote() throws {
        let found = quotes("""
        Maria Keller climbs the ladder in her workshop. Then she explains, slowly, why she will not be hurried.

        “Every piece of wood has a voice already inside it, and my job is to find it.”

        The National Food Price Monitor said in its latest report that relief would be gradual.

        “Retail food inflation is likely to ease in the second half of the year.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Maria Keller", "National Food Price Monitor"])
    }

    func testASentenceOpeningWithTheSamePronounKeepsItsAntecedent() throws {
        let found = quotes("""
        Maria Keller came to Cremona in 1976. She apprenticed for nine years under Dr. Aurelio Ponzetti, a taciturn master.

        “I thought he disliked me, but he was testing whether I would leave,” she says.
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Keller")
    }

    func testAPersonsOrganisationAfterOfIsPartOfTheirDescription() throws {
        let found = quotes("""
        "My grandfather is buried within 200 metres of where they want to dig," Chief Marlene Cardinal of the Red Willow Cree Nation said.
        """)
        XCTAssertEqual(found.first?.speaker, "Marlene Cardinal")
    }

    func testAnOrganisationAndARoleBeforeAPersonOpeningTheSentence() throws {
        let found = quotes("""
        Bolton manager Owen Coyle was philosophical about the result, saying: "Liverpool are a very good side but I thought we started well."
        """)
        XCTAssertEqual(found.first?.speaker, "Owen Coyle")
    }

    func testQuotedByAnOutletAsSaying() throws {
        let found = quotes("""
        Local official Huang Limin was quoted by the Xinhua news service as saying: “Soldiers have been dispatched to save the people.”
        """)
        XCTAssertEqual(found.first?.speaker, "Huang Limin")
    }

    func testAParagraphEndingInAColonIntroducesTheNextParagraphsQuote() throws {
        let found = quotes("""
        Standing on a folding chair, Renata Salgado told supporters shortly before midnight:

        "Four years ago, people in this city told me I was too young, too loud and too new."
        """)
        XCTAssertEqual(found.first?.speaker, "Renata Salgado")
    }

    func testAPossessivePronounBeforeWhatSomeoneSays() throws {
        let found = quotes("""
        Maria Keller is the longest of long shots in the primary. I asked her why she was running at all.

        Her answer was blunt: “Because nobody else in this race is talking about the people I used to represent.”
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Keller")
    }

    func testHeadlineAndInterviewLabels() throws {
        let found = quotes("""
        Mitt Romney: “We’re going to win this thing”

        ‘I’m not running to be liked’: Maria Keller on her bid for governor

        Yuki Tanabe-Ross: When I opened, I told my staff, "If we're still doing the same menu in five years, I've failed you."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mitt Romney", "Maria Keller", "Yuki Tanabe-Ross"])
    }

    func testAPossessiveNameIsNoPronounAntecedent() throws {
        let found = quotes("""
        Odin Lloyd's tearful mother Ursula Ward told the court that she had forgiven his killers.

        "I miss my baby boy so much but I know I'm going to see him again," she said.
        """)
        XCTAssertEqual(found.first?.speaker, "Ursula Ward")
    }

    func testANameInAppositionAfterADescriptionSpeaks() throws {
        let found = quotes("""
        “Think of it less like a vaccine and more like a callus,” the paper’s senior author, Professor Henrik Dahl of the Pacific Institute, said.

        "The filtration system is operating well beyond its design life," the consultant, Hartwell & Dunn Engineering, wrote in a report.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Henrik Dahl", "Hartwell & Dunn Engineering"])
    }

    func testAFamilyRoleDescribesTheLastPersonNamed() throws {
        let found = quotes("""
        Laura Yates, 38, who has lived in Nethercote Gardens since 2002, described the feeling of panic.

        “I think what was striking for me was how quickly it happened,” the self-employed mum said.
        """)
        XCTAssertEqual(found.first?.speaker, "Laura Yates")
    }

    func testLocalTitlesAreNotPartOfTheSpeakersName() throws {
        let found = quotes("""
        "We are going to rebuild and it is going to be better than before," said Pastor Samuel Okafor.

        Councillor Tim Rowkins said: “Barely a council meeting goes by without flooding coming up.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Samuel Okafor", "Tim Rowkins"])
    }

    func testACouncilDescribedSpeaksForTheCouncilNamed() throws {
        let found = quotes("""
        Warrington Borough Council apologised to residents on Monday.

        The council added: "We must acknowledge that the ongoing dispute is related to national negotiations."
        """)
        XCTAssertEqual(found.first?.speaker, "Warrington Borough Council")
    }

    func testARightDoubleMarkTypedForALeftOneOpensAQuote() throws {
        let found = quotes("""
        BORDENTOWN CITY — Mayor James Lynch reacted sharply to the postings on Monday.

        ”It’s all hate. It’s terrible to read any of it,” he said Tuesday.
        """)
        XCTAssertEqual(found.map(\.text), ["It’s all hate. It’s terrible to read any of it"])
        XCTAssertEqual(found.first?.speaker, "James Lynch")
    }

    func testAVerbJoinedByAndSharesTheSentencesSubject() throws {
        let found = quotes("""
        Governor Jay Pritzker called Donald Trump a “racist” and said the former president “continues to lie with impunity” about the election.
        """)
        XCTAssertEqual(found.first?.speaker, "Jay Pritzker")
    }

    func testOneOfAGroupOfPersonsInAppositionMarksAPerson() throws {
        let found = quotes("""
        Abhishek Yadav, one of the agitating students, said, “At least 100 students have poured petrol on themselves.”
        """)
        XCTAssertEqual(found.first?.speaker, "Abhishek Yadav")
    }

    func testADocumentSpeaksForWhoSpeaksAfterItsMention() throws {
        let found = quotes("""
        In a report published last year, the Greek Seafarers Federation said most ferries were old. "Aging ships and reduced crews are a dangerous combination," the report said.
        """)
        XCTAssertEqual(found.first?.speaker, "Greek Seafarers Federation")
    }

    func testASentenceOpeningWithAccordingToCitesItsSource() throws {
        let found = quotes("""
        According to a Houston Police Department incident report, the suspects “fled westbound in a dark-colored sedan with no plate.”
        """)
        XCTAssertEqual(found.first?.speaker, "Houston Police Department")
    }

    func testAnOrganisationWithAnAppositiveSpeaksTheNextParagraphsQuote() throws {
        let found = quotes("""
        The National Food Price Monitor, a nonprofit that tracks retail prices, said in its latest report that relief would be gradual.

        "Retail food inflation is likely to ease in the second half of the year."
        """)
        XCTAssertEqual(found.first?.speaker, "National Food Price Monitor")
    }

    func testAnOrganisationsNounBeforeARoleIsAModifier() throws {
        let found = quotes("""
        Council President Marcus Ellery said after the vote that the city would set aside money for grants.

        "Nobody on this council wants to see a single storefront go dark," the council president said.
        """)
        XCTAssertEqual(found.first?.speaker, "Marcus Ellery")
    }

    func testAWholeParagraphQuoteAfterAParagraphWhoseEarlierSentenceSpeaks() throws {
        let found = quotes("""
        Rand Water chairwoman Maria Keller said reservoir levels were stable. The volumes pumped had been higher than normal.

        “Water fed to municipalities depends on the municipal systems, and we do not want to pressure their pipes.”
        """)
        XCTAssertEqual(found.first?.speaker, "Maria Keller")
    }

    func testItSaidBeforeAQuoteIsTheLastOrganisation() throws {
        let found = quotes("""
        Allahabad University raised its fees last week.

        Citing an example, it said the new fee is “the lowest compared to all other central universities in the country”.
        """)
        XCTAssertEqual(found.first?.speaker, "Allahabad University")
    }

    func testATitleOfOneSexPicksThePersonOfThatSexWhoBearsTheSurname() throws {
        let found = quotes("""
        Bronwyn Tully watched the water creep across the crop.

        "You just stand there and watch it come," Mrs Tully said.

        Her husband, Greg Tully, said the family had moved most of their machinery.

        "It's the second time in five years that this has happened," Mr Tully said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Bronwyn Tully", "Greg Tully"])
    }

    func testADocumentsIssuerNamedInAnAppositiveAfterIt() throws {
        let found = quotes("""
        In a victim impact statement read aloud by Marchetti, the charity’s board chair, Harold Blumberg, wrote that the camps were cancelled.

        “Those camps were the one week of the year when our kids got to feel ordinary,” the statement read.
        """)
        XCTAssertEqual(found.first?.speaker, "Harold Blumberg")
    }

    func testAnyDescriptionWithTheAfterTheVerbIsTheLastPersonNamed() throws {
        let found = quotes("""
        Andy Murray said winning Wimbledon was the pinnacle of tennis.

        "Winning Wimbledon, I can't get my head around that at all," said the British number one.
        """)
        XCTAssertEqual(found.first?.speaker, "Andy Murray")
    }

    func testQuotedAPronounAsSaying() throws {
        let found = quotes("""
        The Hindu claimed to have talked with Asaduzzaman Khan, the home minister, on Tuesday.

        The report also quoted him as saying, “We have alerted Indian authorities about their presence.”
        """)
        XCTAssertEqual(found.first?.speaker, "Asaduzzaman Khan")
    }

    func testANicknameInARelativeClauseBeforeTheVerb() throws {
        let found = quotes("""
        “Many of the thirteen new soldier flies I named are from burnt areas,” Bryan Lessard, who goes by the moniker ‘Bry the Fly Guy’ said, in a release.
        """)
        XCTAssertEqual(found.first?.speaker, "Bryan Lessard")
    }

    func testADescriptionWithCapitalisedModifiersSpeaksInThePreviousSentence() throws {
        let found = quotes("""
        Thomas Raja arrived at the National Stadium on Tuesday.

        The PCB chief said he was only focusing on cricket. "This is an extremely crucial series for the preparation of the World Cup."
        """)
        XCTAssertEqual(found.first?.speaker, "Thomas Raja")
    }

    func testACountryAfterAPrepositionInAnAppositiveIsNoSpeaker() throws {
        let found = quotes("""
        Chief executive Christopher Viehbacher, criticised because he has based himself in Boston in the United States, said "we are pleased with our performance in the third quarter".
        """)
        XCTAssertEqual(found.first?.speaker, "Christopher Viehbacher")
    }

    func testADescriptionWithACapitalisedModifierAfterALowercaseOne() throws {
        let found = quotes("""
        Peter Hecking was not impressed with the goal.

        "We started well and surprised United early on in the game," the former Nurnberg coach said.
        """)
        XCTAssertEqual(found.first?.speaker, "Peter Hecking")
    }

    func testAParticiplesSubjectMayBeADescription() throws {
        let found = quotes("""
        Thomas Naqvi spoke to reporters in Lahore.

        Moreover, the PCB head also dismissed the reports about the test, saying, “No Tests will be played outside the country this year.”
        """)
        XCTAssertEqual(found.first?.speaker, "Thomas Naqvi")
    }

    func testAQuoteLeftOpenAtTheTextsEndGoesOnAfterANarrativeParagraph() throws {
        // An excerpt cut inside a multi-paragraph quote: the last quote never closes, and still fills its
        // paragraphs, so the narrative paragraph naming only its speaker does not end the run.
        let body = """
        Jonathan Williams coached the side to the title.

        “Their defence was very impressive and was extremely strong,” he said.

        Williams’ side peaked at the business end of the championships.

        “We started quite slow, but we improved every game and started to score more goals.

        “Once they got in the swing of things they were deadly and we were impressive.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Jonathan Williams", "Jonathan Williams"])
    }

    func testANarrativeParagraphWithoutPersonsDoesNotEndTheSpeaker() throws {
        let body = """
        “The All Blacks took us to a dark place and put us under so much pressure,” said Springbok captain Siya Kolisi.

        South Africa also had their setbacks.

        “We lost our hooker in the early part of the game and had to adjust to that.”

        Coach Jacques Nienaber left the ground early.

        “We will look at the footage before the next game in Cape Town.”
        """
        // The last quote follows a paragraph that names a person: Kolisi's words do not go on past it (no rule
        // names its speaker; the ranker weighs the persons around it).
        XCTAssertEqual(ruleSpeakers(body), ["Siya Kolisi", "Siya Kolisi", nil])
        let found = quotes(body)
        XCTAssertEqual(found.prefix(2).map(\.speaker), ["Siya Kolisi", "Siya Kolisi"])
        XCTAssertNotEqual(found.last?.speaker, "Siya Kolisi")
    }

    func testACapitalisedTitleAfterTheDescribesTheLastPersonNamed() throws {
        let found = quotes("""
        Tourism Minister Harin Fernando told Parliament today that the country was grateful.

        “Sri Lanka is indebted to India for sending more and more tourists,” the Minister said.

        “This has been confirmed by the authorities as well,” said the Prime Minister of Sri Lanka.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Harin Fernando", "Harin Fernando"])
    }

    func testAnOrganisationBeforeARoleNounIsNotTheSubject() throws {
        let found = quotes("""
        Earlier in the day, Arvind Kejriwal lashed out at the Election Commission over the delay.

        The Aam Aadmi Party chief wrote on Twitter, “Absolutely shocking. What is the commission doing?”
        """)
        XCTAssertEqual(found.first?.speaker, "Arvind Kejriwal")
    }

    func testASentenceOpeningWithSaidNamesItsSpeakerNext() throws {
        let found = quotes("""
        Said Mr Afeeq Aizudean Abdul Rasol, 30: “If I knew the mall was on the list, I would not have come here today.”
        """)
        XCTAssertEqual(found.first?.speaker, "Afeeq Aizudean Abdul Rasol")
        XCTAssertEqual(found.first?.verb, "said")
    }

    func testAnAcronymOfficeAfterTheDescribesTheLastPersonNamed() throws {
        let found = quotes("""
        Chief Election Commissioner Fakhar Uddin Ibrahim said on Saturday that turnout was high.

        The CEC, speaking at a news conference, said, "Polling staff at the station was hijacked in the night."
        """)
        XCTAssertEqual(found.first?.speaker, "Fakhar Uddin Ibrahim")
    }

    func testADocumentsAuthorMayReportFindings() throws {
        let found = quotes("""
        In a report published in February, the East Africa Immunisation Alliance, a regional advocacy group, found that coverage had fallen.

        “Coverage of the second measles dose has fallen below 60 per cent in the settlements,” the report said.
        """)
        XCTAssertEqual(found.first?.speaker, "East Africa Immunisation Alliance")
    }

    func testHeAfterAnInvertedAttributionIsItsSpeaker() throws {
        let found = quotes("""
        The Emir Sheikh Tamim bin Hamad al-Thani is keen on healthy relations, the Foreign Minister Sheikh Mohamed bin Abdulrahman al-Thani has said.

        He said no demands should be imposed. “We received the demands as a mark of appreciation for the mediation.”

        In a letter that Tamim bin Hamad al-Thani posted on Sunday, Mohamed bin Abdulrahman al-Thani also said that talks would go on.

        “We must never forget the people who suffer most from this,” he wrote.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mohamed bin Abdulrahman al-Thani", "Mohamed bin Abdulrahman al-Thani"])
    }

    func testTheSourceAfterAccordingToIsAnAntecedent() throws {
        let found = quotes("""
        Police spokesperson Rusoke Kituuma said they have no record of such arrests.

        Media reports indicate that activists Nicholas Oyoo and Bob Njagi went missing last week.

        But according to Kituuma, the police found no evidence to support the claim.

        “What we have seen is a deliberate attempt by some actors to feed the public with false narratives,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Rusoke Kituuma")
    }

    func testASpeakerInTheNextSentenceDoesNotClaimAQuoteEndingWithAPeriod() throws {
        // No rule gives the quote to the person named in the next sentence. (The speaker ranker, asked about the
        // quote next, weighs a person named right after it in its paragraph highly and does name him: a known
        // miss, noted in docs/extraction.md.)
        let found = ruleSpeakers("""
        Egyptian Foreign Minister Ahmad Aboul Ghait said the reduction was to protect staff.

        The ministry appealed to other states not to be swayed.

        “Arab and Islamic countries are asked to send their ambassadors to Baghdad.” Iraq’s president promised security and \
        Interior Minister Bayan Jabr, who has chided envoys, said armed escorts were available.
        """)
        XCTAssertEqual(found, [nil])
    }

    func testJointSubjectsGiveTheQuoteToTheFirstNamed() throws {
        let found = quotes("""
        Chief Clint Wuttunee and Red Pheasant Council said in a statement that they are “saddened by the tragic loss of a young man.”

        “We are unable to rely on the assistance of the police,” Wuttunee and the council said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Clint Wuttunee", "Clint Wuttunee"])
    }

    func testAPronounAndAPastTenseVerbEndingTheClauseAttribute() throws {
        let found = quotes("""
        Superintendent Carl Williams told The Gleaner that the threat was one of several stories.

        "I've heard it and other stories. We are sifting through it and taking it seriously," he offered.
        """)
        XCTAssertEqual(found.first?.speaker, "Carl Williams")
        XCTAssertEqual(found.first?.verb, "offered")
    }

    func testReportingVerbsOfEmphasisAttribute() throws {
        let found = quotes("""
        “No one can impose on us when negotiations will restart,” Ersin Tatar highlighted.

        MP Neemat Fremt underscored for his part, "In the name of the project, I give my confidence to the government."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Ersin Tatar", "Neemat Fremt"])
    }

    func testAQuoteAfterASentenceJudgingAloudIsItsSubjects() throws {
        let found = quotes("""
        Minister Anwar Gargash lambasted the media on Wednesday for trying to create a rift between the two countries.

        “To create a rift between us through the gateway of others is impossible.”
        """)
        XCTAssertEqual(found.first?.speaker, "Anwar Gargash")
    }

    func testRoleNounsInARowDescribeWithTheLast() throws {
        let found = quotes("""
        Maharashtra Chief Minister Eknath Shinde on Wednesday slammed the Opposition.

        "The ground is slipping from under the feet of the others," the chief minister said referring to the boycott.
        """)
        XCTAssertEqual(found.first?.speaker, "Eknath Shinde")
    }

    func testAQuoteAfterASentenceExpressingAFeelingIsItsSubjects() throws {
        let found = quotes("""
        On his part, the incumbent MP, Thomas Ogajah, expressed happiness for the gesture by Alhaji Haruna.

        “I am seriously overwhelmed by the commitment shown by Alhaji. I want to thank him and his supporters.”
        """)
        XCTAssertEqual(found.first?.speaker, "Thomas Ogajah")
    }

    func testADescriptionAfterASentenceWithAPronounSubjectMeansThePronounsPerson() throws {
        let found = quotes("""
        Dover MP Natalie Elphicke criticised the plans on Monday.

        She also said it was a pity that Ms Suella Braverman did not meet with local leaders.

        “The situation of housing people who have crossed the Channel is putting a huge strain on services,” said the Conservative.
        """)
        XCTAssertEqual(found.last?.speaker, "Natalie Elphicke")
    }

    func testAdverbsAndQuotedAsSayingBetweenSpeakerAndQuote() throws {
        let found = quotes("""
        Minister John Okafor visited the camp on Monday.

        “We will rebuild every house that was lost in the flood,” he further said.

        “The funds for the rebuilding are ready and waiting,” he, however, said.

        “No family will be left without a roof this year,” he was quoted as saying.

        “The contractors will start work in the first week,” the minister was quoted by the BBC as saying.

        “Every school will reopen by the end of the month,” Okafor averred.
        """)
        XCTAssertEqual(found.map(\.speaker), Array(repeating: "John Okafor", count: 5))
        XCTAssertEqual(found.map(\.verb), ["said", "said", "saying", "saying", "averred"])
        XCTAssertEqual(found[3].via, "BBC")
    }

    func testAccordingToAPronounOpeningTheQuotesSentence() throws {
        let found = quotes("""
        Police spokesman Benjamin Hundeyin said the suspects fled on Wednesday.

        According to him, the command “received information that some kidnappers invaded the community.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Benjamin Hundeyin"])
    }

    func testAQuoteInReportedSpeechPastAQuotedWord() throws {
        let found = quotes("""
        Mr Heng — who is also the Finance Minister — said that the upheaval is a “domestic” issue, and expressed \
        his hope that the parties will “come to some agreement expeditiously and soon”.
        """)
        XCTAssertEqual(found.last?.text, "come to some agreement expeditiously and soon")
        XCTAssertEqual(found.last?.speaker, "Heng")
    }

    func testATitleEndingInChargeOrAfterABody() throws {
        let found = quotes("""
        “We have family here and we grew up here,” said NWS Meteorologist in Charge Jim Meyer.

        “It was a big storm that hit us all at once,” said Jason Beaman, NWS Meteorologist.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jim Meyer", "Jason Beaman"])
    }

    func testQuoteMarkTyposDoNotHideTheNextQuote() throws {
        let found = quotes("""
        Minister Clement Rohee said that he is concerned about ‘police corruption”, in which officers took money.

        “What I find interesting is that the newspaper printed the report,” Rohee asked.

        '' People stayed in long queues to buy fuel for days '', Udaya Gammanpila said.
        """)
        XCTAssertEqual(found.map(\.text), [
            "police corruption", "What I find interesting is that the newspaper printed the report",
            "People stayed in long queues to buy fuel for days",
        ])
        XCTAssertEqual(found.map(\.speaker), ["Clement Rohee", "Clement Rohee", "Udaya Gammanpila"])
    }

    func testAVerbAfterButSharesTheSentencesSubject() throws {
        let found = quotes("""
        Blaise Boehmer, a spokesman for the Kenney campaign, said they were not aware of the gathering, but said \
        it “sounds like they’re afraid of Calgarians and their votes.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Blaise Boehmer"])
    }

    func testASingleQuoteClosedByAStraightDoubleMarkAndASkipperSigningOff() throws {
        let found = quotes("""
        India skipper Virat Kohli lifted the trophy. Foreign Minister Samih Maaytah spoke later.

        'It is in the interest of the country that all take part in the elections," the minister said.

        “Celebrations are going to run long into the night I can assure you,” the skipper signed off.
        """)
        XCTAssertEqual(found.map(\.text), [
            "It is in the interest of the country that all take part in the elections",
            "Celebrations are going to run long into the night I can assure you",
        ])
        XCTAssertEqual(found.map(\.speaker), ["Samih Maaytah", "Virat Kohli"])
    }

    func testADescribedSpeakersRoleBySynonymModifierOrInitials() throws {
        let found = quotes("""
        Prime Minister Imran Khan will visit soon, Federal Minister for Planning Asad Umar said. India captain Rohit \
        Sharma and coach Arthur Zwane spoke to the media. Attorney General Dale Marshall addressed the House, as did \
        Kisumu Governor Anyang Nyong'o.

        “It will be one of our best Test match victories at this ground,” the skipper said.

        “We will announce a special package for the districts soon,” the minister said.

        “But I am still proud of the guys and the effort they gave today,” the Chiefs tactician concluded.

        “We are already experiencing a few power outages in the north,” the AG said.

        “We sincerely thank our partners who have spent resources here,” the Kisumu Governor added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Rohit Sharma", "Asad Umar", "Arthur Zwane", "Dale Marshall", "Anyang Nyong'o"])
    }

    func testAbbreviatedAndHyphenatedRanksAreNotPartOfTheSpeakersName() throws {
        let found = quotes("""
        “Threats are criminal in nature and will not be tolerated,” said Insp. Anton Jelich in a statement.

        “These were to be used today in the city by those planning it,” said Brig Felix Kulayigye.

        “The plate number and car description did not match the data,” said Major-General Muhammad Al Adhb.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Anton Jelich", "Felix Kulayigye", "Muhammad Al Adhb"])
    }

    func testAnInvertedSpeakerLineBeforeTheQuote() throws {
        let found = quotes("""
        Cork East TD Seán Sherlock and Cobh Councillor Cathal Rasmussen have expressed deep reservations.

        Said Deputy Sherlock:

        “An Bord Pleanala need to clarify their processes as a matter of urgency.”

        Said Cllr Rasmussen

        “There is one road into Cobh and one road out of the town.”

        “So what's your vision for the town,” asked MC Richie Heap.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Seán Sherlock", "Cathal Rasmussen", "Richie Heap"])
        XCTAssertEqual(found.map(\.verb), ["said", "said", "asked"])
    }

    func testAnUnattributedQuoteParagraphTakesTheSpeakerOfTheNextParagraphsQuote() throws {
        let found = quotes("""
        Migori Governor Okoth Obado on Wednesday directed the full reopening of the county. He appeared to borrow \
        from President John Magufuli.

        "I have studied and observed this thing across the county and I believe God has ended it."

        "Initially, I complained our neighbours were risking lives of Migori residents," Obado said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Okoth Obado", "Okoth Obado"])
        // A question of its own is most often the interviewer's.
        let asked = quotes("""
        Migori Governor Okoth Obado on Wednesday directed the full reopening of the county.

        "Why would anyone wear a mask in this county now that it is over?"

        "Nobody here has been sick for many months," Obado said.
        """)
        XCTAssertEqual(asked.map(\.speaker), [nil, "Okoth Obado"])
    }

    func testAReleaseReferringToAStatementAndItSaidAfterIt() throws {
        let found = quotes("""
        Chief Mara Tillett and the Birch Lake Council said in a statement, distributed by the Federation of Lake \
        Nations (FLN), that they are saddened by the loss. The release went on to say that “earlier involvement by \
        the RCMP could have prevented this death.”

        “RCMP involvement in our community is always reactive in nature,” it said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mara Tillett", "Mara Tillett"])
    }

    func testHonorificsAndPoliceRankAcronymsBeforeASpeaker() throws {
        let found = quotes("""
        “The contractor will return to site next week as agreed,” said Engr. Ahmed Musa.

        “We have arrested three suspects in the case so far,” DCP Bhishm Singh told reporters.

        “The party will not be intimidated by these arrests,” said Cde Obert Mpofu.

        “These people who use army uniforms have been arrested,” Maj Charles Kabona said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Ahmed Musa", "Bhishm Singh", "Obert Mpofu", "Charles Kabona"])
    }

    func testAnUnattributedQuoteRepeatedInAnAttributedOneTakesItsSpeaker() throws {
        let found = quotes("""
        'We are good enough to beat every team in this competition'

        The Sunwolves stunned the Waratahs on Friday, and coach Tony Brown was pleased.

        “We have been unlucky not to win a few more games. We are good enough to beat every team in this \
        competition,” Brown said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Tony Brown", "Tony Brown"])
        XCTAssertNil(found[0].verb)
    }

    func testAMotionRaisedByAPartysCouncillorSpeaksThroughHer() throws {
        let found = quotes("""
        The council agreed on five points from a ten-point motion raised by Labor councillor Carol Duncan at the \
        July meeting.

        The motion said the investigation should examine "how confidential electoral roll details came into the \
        possession of journalists" and noted "this has occurred previously under the direction of" the MP.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Carol Duncan", "Carol Duncan"])
    }

    func testANarrativeParagraphNamingOnlyTheSpeakerDoesNotEndTheRun() throws {
        let found = quotes("""
        Jonathan Williams guided the girls to victory as their head coach.

        “Their defence was very impressive and was extremely strong,” he said.

        Williams’ side peaked at the business end of the state titles.

        “We started quite slow, but we improved every game and started to score more goals.”

        Tamworth finished second in the division.

        “The girls will be back next year, stronger than ever before.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jonathan Williams", "Jonathan Williams", "Jonathan Williams"])
    }

    func testAPronounAfterTwoSpeakersTakesTheOneWhoseVerbOpenedTheQuote() throws {
        let found = quotes("""
        Cllr Liam Galvin retorted by asserting that for 18 years the district has practiced by questioning answers, \
        to which Cllr Michael Collins replied: “Well then for 18 years we have been doing our business wrong.”

        He added: “We should be getting our business done here in two hours and be out the door.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Michael Collins", "Michael Collins"])
    }

    func testAPersonDescribedAsDeputyCommissionerOfAPlaceIsTheNextParagraphsHe() throws {
        let found = quotes("""
        Majibor Rahman, Deputy Commissioner of Sylhet today confirmed that the flood situation has worsened.

        He added “Army has been deployed in the district for providing assistance to the people.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Majibor Rahman"])
    }

    func testIrishAndUSPresidingTitlesAreNotPartOfTheName() throws {
        let found = quotes("""
        Cathaoirleach Michael Collins (FF) opened the meeting. “I don’t want anybody to raise anything out of the blue,” \
        Cllr Collins said. “I think we’ll look back on this session as one of the most productive,” Senate President \
        Pro Tem Del Marsh, R-Anniston, said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Michael Collins", "Del Marsh"])
    }

    func testALaterPortfolioOfAMinistersListIsNoSpeaker() throws {
        let found = quotes("""
        The Minister of Humanitarian Affairs, Disaster Management, and Social Development, Hajia Sadiya Farouq, \
        visited the state. “It is indeed with heavy heart that I and my teams have come here,” she said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Sadiya Farouq"])
    }

    func testContinuesToIsNoSpeechVerbInTheParagraphBefore() throws {
        let found = quotes("""
        Bill Sewards is a longtime Gibsons resident.

        Sewards says a big problem is BC Ferries continues to favour the interests of tourists over locals.

        “The bottom line here is that BC Ferries has set this whole ferry system up towards tourism.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Bill Sewards"])
    }

    func testADescribedSpeakerIsTheOneWhoSpokeInTheSentenceBefore() throws {
        let found = quotes("""
        But Ms de Brun was criticised in her role as Health Minister by UUP Health spokesman Rev. Robert Coulter who \
        said there was an increasing lack of confidence in her ability to tackle the problem.

        The North Antrim Assembly member said: “The situation is now critical and the service has slipped into decline.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Robert Coulter"])
    }

    func testAQuoteGoingOnFromOneTheRankerNamedTakesThatSpeaker() throws {
        let found = quotes("""
        Glasgow city council’s leader Gordon Matheson slammed the budget.

        However, Langside’s SNP councillor James Dornan think it’s time Mr Matheson “stopped looking for someone \
        else to blame and started doing work for the people of Glasgow”.

        “Can I remind him that the trams fiasco was one of Labour’s making and not the SNP members, who voted against it?”
        """)
        XCTAssertEqual(found.count, 2)
        // The second is a question no rule attributes, so the ranker is not asked about it; it goes on from the first.
        XCTAssertEqual(found.last?.speaker, found.first?.speaker)
        XCTAssertNotNil(found.last?.speaker)
    }

    func testTheClubsGafferIsItsCoachNotTheClub() throws {
        let found = quotes("""
        Jamshedpur FC head coach Owen Coyle watched his side win the League Shield.

        Speaking to the media after the game, the Jamshedpur FC gaffer said:

        "Absolutely delighted for everyone at the club, our supporters, our owners and our players."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Owen Coyle"])
    }

    func testAnOutletReportingSomeoneAsSayingIsNotTheSpeaker() throws {
        let found = quotes("""
        Prime Minister Manasseh Sogavare met Anthony Albanese in Canberra on Thursday.

        "Solomon Islands will not do anything that will undermine our national security," the ABC reported \
        Sogavare as saying at the start of the meeting.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Manasseh Sogavare"])
        XCTAssertEqual(found.first?.verb, "reported")
    }

    func testASentenceGivenAsAccordingToHimNamesNoAntecedentForHim() throws {
        let found = quotes("""
        The police spokesman, Haruna Abdullahi, said the command had arrested 12 suspects in the operation.

        According to him, a syndicate of kidnappers was busted, which led to the arrest of three suspects, namely \
        Musa Bello, Sani Rabe and Shuaibu Idi, who operate in three states.

        “In Kano, they operate in Gwarzo, Kiru and Bebeji local government areas,” he added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Haruna Abdullahi"])
    }

    func testASentenceWhoseSubjectIsADescribedPersonIsAboutThatPerson() throws {
        let found = quotes("""
        Road Transport Minister Karim Hossain said yesterday that the challenges before the government are many.

        The National League general secretary was speaking to journalists before the cabinet paid homage to the \
        founder Sheikh Anwar Rahman at his portrait in the capital.

        "We have been able to hold a peaceful and fair election, overcoming the crises," he said.

        "There had never been flowers on our path. We had to cross a thorny path from birth," said the NL leader.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Karim Hossain", "Karim Hossain"])
    }

    func testAccordingToADescribedPersonOpensASentenceAboutThem() throws {
        let found = quotes("""
        Nakuru governor Lee Kamau has protested the party's choice of Isaac Ngugi for the Senate.

        According to the governor, the seat should have gone to an Ogiek, a community to which Victor Prengei belonged.

        "To deprive the marginalised Ogiek of the only representation they had is a cruel gesture," he said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Lee Kamau"])
    }

    func testADescribedSubjectGivesWayToAPersonSpeakingInItsSentence() throws {
        let found = quotes("""
        The 42-year-old driver was released without charge on Wednesday night, Detective Inspector David Harbison said.

        "The investigation is ongoing and the vehicle has been seized by police," he said on Thursday.
        """)
        XCTAssertEqual(found.map(\.speaker), ["David Harbison"])
    }

    func testTheNationalitysPersonNounDescribesTheLastNamedPerson() {
        let found = quotes("""
        Barcelona boss Ronald Koeman reiterated his stance on VAR.

        The Dutchman, who has just served a two-game ban, did not want to get involved in the drama.

        "If Madrid think they were harmed, that is their problem," he said.

        "I will not repeat any more about it," said the Frenchman.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Ronald Koeman", "Ronald Koeman"])
    }

    func testAUtilityDescribedWithTheIsTheOrganisationNamed() {
        let found = quotes("""
        On Friday morning Eskom started load-shedding, and Eskom spokesman Khulu Phasiwe blamed striking workers.

        The power utility said in a statement that it had started load-shedding “due to the impact of the current \
        illegal protest action by some employees at various sites”.

        “We will anticipate this will continue until 9pm tonight,” the statement read.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Eskom", "Eskom"])
    }

    func testATitleWordAfterAnHonorificIsASurname() {
        let found = quotes("""
        Albury mayor Kylie King will nominate to remain as leader of the city.

        "It has been a challenging, rewarding, humbling role that I have truly appreciated," Cr King said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Kylie King"])
        let addressed = analyzer.analyze(title: nil, body: "Mr Speaker, I rise today. Madam President, thank you.", published: nil)
        XCTAssertEqual(addressed.entities.map(\.name), [], "an office addressed with an honorific names no one")
    }

    func testAnOfficesAcronymDescribesThePersonWhoseTitleSpellsIt() {
        let found = quotes("""
        Doha: Prime Minister and Minister of Foreign Affairs H E Sheikh Mohammed bin Abdulrahman Al Thani opened \
        the forum yesterday.

        The opening day was attended by Minister of Interior, H E Sheikh Khalifa bin Hamad bin Khalifa Al Thani.

        “Our region has represented for years a platform for many crises,” the PM stated.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mohammed bin Abdulrahman Al Thani"])
        XCTAssertEqual(found.first?.verb, "stated")
    }

    func testAPlacesOfficeAfterTheVerbIsThePersonHoldingIt() {
        let found = quotes("""
        Natural Resources Minister Raphael Trotman spoke in Georgetown on Monday.

        “We are not embarrassed about who we are at all,” said Guyana’s Natural Resources Minister.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Raphael Trotman"])
    }

    func testAParagraphClosingAQuoteWhoseOpeningMarkWasLostContinuesIt() throws {
        let found = quotes("""
        Chief Minister Shafie Apdal warned fellow Cabinet members not to change their ways.

        "I want to change Sabah but I do not want them to change their ways upon becoming ministers.

        The moment they change the way they live is the moment I will change them," he stressed.
        """)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker, "Shafie Apdal")
        XCTAssertTrue(found.first?.text.contains("I want to change Sabah") == true)
        XCTAssertTrue(found.first?.text.contains("The moment they change") == true)
    }

    func testASubjectAfterALongTitleSpeaksPastAnInterviewersName() throws {
        let found = quotes("""
        Minister of Police Judith Collins, talking to Newstalk ZB's Mike Hosking, said she was happy with the police.

        "I have full confidence in the police. They are highly competent people."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Judith Collins"])
    }

    func testABodysChiefAfterAQuoteIsThePersonHoldingTheOffice() throws {
        let found = quotes("""
        Central Bank Governor Dr. Nandalal Weerasinghe on Monday urged the private sector to build buffers.

        “Likewise the private sector must create its own buffers to face any short term shocks,” CBSL Chief said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Nandalal Weerasinghe"])
    }

    func testASurnameThatIsADemonymStillNamesItsBearer() throws {
        let found = quotes("""
        KAMLOOPS — Mayor Ken Christian is speaking out about the recent rash of shootings in the city.

        "I'm very concerned as are most citizens," said Christian.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Ken Christian"])
    }

    func testANameBeforeARoleNounAndAPersonAfterTheVerbDescribesThePerson() throws {
        let found = quotes("""
        “It is rewarding so far because it has been a challenging season,” said Mumm Napa winemaker Ludovic Dervin, \
        who will turn the grapes into bubbly.
        """)
        XCTAssertEqual(found.first?.speaker, "Ludovic Dervin")
    }

    func testABodysNameAndARoleNounOpeningALabelledQuoteGiveThePerson() throws {
        let found = quotes("""
        Some notes and quotes on the Canucks’ win over the Bruins tonight:

        Bruins coach Claude Julien, on the Canucks playing more physically: “I don’t think it’s anything different. \
        It’s a series that has a lot of body checks.”
        """)
        XCTAssertEqual(found.first?.speaker, "Claude Julien")
    }

    func testAnAbbreviatedCouncillorsTitleKeepsTheSentenceAndTheName() throws {
        let found = quotes("""
        Coun. Zorvak Tellimund expressed frustration after city staff delayed the report again.

        “It’s been over a year, and we’re still at the same place,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Zorvak Tellimund", "a name no list knows, after the title")
    }

    func testAPortfolioAfterAMinistersTitleIsNotPartOfTheHoldersName() throws {
        let found = quotes("""
        Minister for Home Affairs Pio Tikoduadua said the man would be taken back into custody.

        “Such acts of violence have no place in our society,” Tikoduadua added.
        """)
        XCTAssertEqual(found.first?.speaker, "Pio Tikoduadua")
    }

    func testASurnameTwoPersonsShareGoesToTheOneWithTheSameTitle() throws {
        let found = quotes("""
        The response was addressed by Prime Minister Dr. Ralph Gonsalves at a press conference on Monday, with \
        Minister of Economic Planning, Hon. Camillo Gonsalves.

        According to PM Gonsalves, the country has sent cash and other aid.

        “We have sent one million dollars to Anguilla and one million to Antigua,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Ralph Gonsalves")
    }

    func testTheOfficeOfABodyBeforeTheVerbIsThePersonHoldingIt() throws {
        let found = quotes("""
        ISRO will launch its 101st satellite on May 18, its Chairman V Narayanan announced on Thursday.

        “We successfully launched the one-hundredth rocket in January,” the Chairman of the Indian Space Research \
        Organisation said.
        """)
        XCTAssertEqual(found.first?.speaker, "V Narayanan")
    }

    func testAStraySingleMarkAfterAnOpeningDoubleMarkDoesNotEndAQuoteRunningOverParagraphs() throws {
        let found = quotes("""
        Cllr Hopwood said: “'I’m opposed to the application.

        “Woolwell doesn't need 2,000 houses where they are.

        “If I can't stop anything else, it's that.

        Cllr Hopwood said she wanted a bus route.
        """)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker, "Hopwood")
        XCTAssertTrue(found.first?.text.contains("Woolwell doesn't need 2,000 houses") == true, found.first?.text ?? "")
    }

    func testANameInsideARelativeClauseBeforeTheVerbIsNotTheSpeaker() throws {
        let before = quotes("""
        Chief Operating Officer Tim Cook, who is filling in for Steve Jobs during his medical leave, said, "In my \
        view, Apple is doing its best work ever."
        """)
        XCTAssertEqual(before.first?.speaker, "Tim Cook")
        let after = quotes("""
        "Apple is doing its best work ever and we know it," Tim Cook, who replaced Steve Jobs, said.
        """)
        XCTAssertEqual(after.first?.speaker, "Tim Cook")
    }

    func testAPersonInsideReportedSpeechThatTheSamePronounClosesIsNotItsReferent() throws {
        let found = quotes("""
        Trade minister Tengku Zafrul Aziz hit back on Tuesday.

        It was not his job to rectify reports that misquoted Dr Mahathir Mohamad, he said.

        “I am the MITI minister,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Tengku Zafrul Aziz")
    }

    func testAGivenNameAloneWithAPersonInTheStreetInAppositionSpeaks() throws {
        let found = quotes("""
        On Sunday, protesters defended the president. “Kais Saied is superior to all of us,” declared Mahmoud, an \
        unidentified protester.
        """)
        XCTAssertEqual(found.first?.speaker, "Mahmoud")
    }

    func testANameAfterTheSpeechVerbBetweenTwoSegmentsSpeaksForBoth() throws {
        let found = quotes("""
        The Maple Leafs practised on Wednesday.

        "There's adjustments always to be made," said coach Sheldon Keefe, "but when your frame of mind changes a lot \
        of things just kind of snap back into place."

        The requete, said Deputy Ferbrache, ‘would be absolutely doomed to failure as a matter of law,’ he added.

        The Glasgow council leader Susan Aitken told The Herald, “Keir Starmer has talked up this new council.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Sheldon Keefe", "Sheldon Keefe", "Ferbrache", "Susan Aitken"])
    }

    func testAOneWordNameRightAfterAQuotationAndItsVerbIsAPersonWhoSpeaks() throws {
        let found = quotes("""
        Police arrived at the house on Tuesday.

        “He told me his girlfriend was in the house with two kids, and somebody was in there with a gun,” said Rasmussen.
        """)
        XCTAssertEqual(found.first?.speaker, "Rasmussen")
    }

    func testAStatementNotNamedBeforeGoesOnFromTheLastQuote() throws {
        let found = quotes("""
        The Met Office have said: "Tuesday and Wednesday will see rain and windier conditions spread from the west."

        The statement continued: "This rainfall will be heaviest and most persistent across parts of Wales."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Met Office", "Met Office"])
    }

    func testADescribedSubjectAfterAnOpeningParticiplePhraseIsThePronounsReferent() throws {
        let found = quotes("""
        Union minister G Kishan Reddy on Wednesday hit out at the state government.

        Addressing a press conference, the BJP leader said that the paddy procurement is a non-issue and accused the \
        chief minister K Chandrasekhar Rao of seeking political mileage.

        “We pity the farmers who suffer because of them,” he remarked.
        """)
        XCTAssertEqual(found.first?.speaker, "G Kishan Reddy")
    }

    func testAnAbbreviatedRankBeforeASurnameIsATitle() throws {
        let found = quotes("""
        National police spokesperson Assistant Commissioner Paul Nyathi urged calm.

        “People must not speculate and should allow for smooth investigations,” explained Ass Comm Nyathi.
        """)
        XCTAssertEqual(found.first?.speaker, "Paul Nyathi")
    }

    func testAPersonWhoseViewARelativeClauseGivesIsTheNextPronounsReferent() throws {
        let found = quotes("""
        Bolton manager Ian Evatt watched his side draw.

        Jon Dadi Bodvarsson levelled again but Charlton’s third left a bad taste in the mouth for Evatt, who felt \
        referee Ross Joyce should have stopped the game for a head injury.

        “I’ll try not to get myself into trouble, but the third goal should never have stood,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Ian Evatt")
    }

    func testAPhraseAfterTheVerbMayHoldNumbersAndAPossessorBeforeItsSpeaker() throws {
        let found = quotes("""
        The plant will close next year.

        “The company has decided to leave the state despite our offer,” said President of Local 1199 Maria Ortiz.

        “I remember every one of those winters on the farm,” said 101 year old Edith Carver.

        “She always told the umpires exactly what she thought,” said Carver’s grandson, Tom Bright.

        “Nobody told us anything before the letters arrived,” said Bright’s neighbour.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Maria Ortiz", "Edith Carver", "Tom Bright", nil])
    }

    func testANameInAppositionToARoleBeforeASpeechVerbIsAPersonWhoSpeaks() throws {
        let analysis = analyzer.analyze(title: nil, body: """
        Director of the Harbour Trust, Rathin Kolwe, said, “The harbour will stay open to every boat this winter.”
        """, published: nil)
        XCTAssertEqual(analysis.quotes.first?.speaker, "Rathin Kolwe")
        XCTAssertTrue(analysis.entities.contains { $0.type == .person && $0.name == "Rathin Kolwe" })
    }

    func testANameInAppositionBeforeItsSpeechVerbIsThePronounsReferent() throws {
        let found = quotes("""
        The acting governor, Mr Tavita Lemalu, told a council meeting on Monday that the drought relief came after \
        Governor Samuel Pike declared an emergency.

        “Farmers have harvested almost nothing this season,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Tavita Lemalu")
    }

    func testPersonsNamedAfterAQuotationThePronounAttributesAreNotItsReferent() throws {
        let found = quotes("""
        Finance minister Harriet Olsen spoke to business leaders on Wednesday.

        “We want to build faster,” she said, while being interviewed by the chamber’s new president, Ingrid Dahl.

        Later, she continued on the same path. “The provinces have put many projects on the table,” she said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Harriet Olsen", "Harriet Olsen"])
    }

    func testARelativeClauseThatSaysAPersonsSexOutweighsTheGivenName() throws {
        let found = quotes("""
        “The water came at night,” district official Ram Bahadur Thapa said.

        Indra Lal Gurung, who lost his brother in the flood, told reporters he had heard the river rise.

        “We were all screaming for help, but nobody came,” he said.
        """)
        XCTAssertEqual(found.last?.speaker, "Indra Lal Gurung")
    }

    func testADescribedSubjectAfterAnOpeningPrepositionalPhraseMovesTheCenter() {
        let found = quotes("""
        Bhubaneswar: The ruling BJD member Prafulla Samal put a question to the Revenue and Disaster Management Minister Sudam Marandi.

        Samal wanted to know from the minister whether he had any knowledge about devices to reduce wind speed.

        In his reply, the minister said the state government was aware of natural disasters. “As new natural calamities have surfaced, my department is in talks with other countries,” he added.
        """)
        XCTAssertEqual(found.last?.speaker, "Sudam Marandi")
    }

    func testARoleBeforeANameMayStandBeforeAShortAsideInBrackets() {
        let found = quotes("""
        The assurance was given by Prime Minister, Brigadier (rtd) Mark Phillips during a community meeting in Courtland. The cabinet outreach is led by His Excellency, Dr. Mohamed Irfaan Ali.

        “We went to the people with a manifesto, and we will improve the lives of all Guyanese,” the Prime Minister said.
        """)
        XCTAssertEqual(found.last?.speaker, "Mark Phillips")
    }

    func testPoliceSpeakingAreTheForceTheArticleNamedBefore() {
        let found = quotes("""
        Police said: “The road will stay closed until Monday.”

        The Sierra Leone Police have placed a reward for information on the escaped prisoners.

        Explaining what happened, police said: “Some unidentified individuals attempted to break into the armoury.”

        “In spite of efforts to persuade the man to drop the weapon, he continued firing,” the police said.
        """)
        XCTAssertEqual(found.map(\.speaker), [nil, "Sierra Leone Police", "Sierra Leone Police"])
    }

    func testWhatTheArticleSaysOfAPersonsSexOutweighsTheGivenNameList() {
        // "Anjani" is mostly a woman's name among US births; "stated that he" says this one is a man.
        let found = quotes("""
        Police deny report

        Rachakonda police commissioner Mahesh Bhagawat called the report baseless and said the department would go to court.

        Commissioner Anjani Kumar stated that he had not seen such a vague news item in his career. “It is a total irresponsible story,” he said.
        """)
        XCTAssertEqual(found.last?.speaker, "Anjani Kumar")
    }

    func testATitleOfOneSexBeforeASurnameOutweighsTheGivenName() throws {
        let found = quotes("""
        Headman warns villagers

        Tom Rawlins

        Village headman Lesia Naqiri said he had told villagers to walk in groups.

        Mr Naqiri said during his talks with the villagers, he warned them against strangers.

        "Now parents walk the children to the school every morning."
        """)
        XCTAssertEqual(found.first?.speaker, "Lesia Naqiri")
    }

    func testASurnameSeveralPersonsBearIsTheOneLastNamedInFull() throws {
        let found = quotes("""
        Bryce Callander, 19, has fished the loch since he was a boy.

        “The ones doing the wrong thing are never the ones who pay for it,” Callander said.

        His father, Hamish Callander, runs the boat hire on the east shore.

        “It’s the rest of us who end up paying for their mistakes,” Callander said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Bryce Callander", "Hamish Callander"])
    }

    func testAPersonWhoseViewToIntroducesIsTheNextPronounsReferent() throws {
        let found = quotes("""
        Kwame Mensah, the party's chairman, said the members had denied the claims.

        To Opanyin Kofi Boateng, it is a disgrace to the House if the members took the money.

        “Can they prove that anyone took a bribe at all?” he asked.

        Ravenna resident Daniel Korbel put up a sign. Gregory Novak, the sheriff, wrote about it on Monday.

        This is disturbing to Korbel.

        “I should be able to vote for whoever I want without fear,” he said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Kofi Boateng", "Daniel Korbel"])
    }

    func testATitledSurnameSeveralPersonsBearIsTheOneNamedInFullAfterTheSameTitle() throws {
        let found = quotes("""
        Ann Marsh opened the fair on Saturday. Prime Minister Philip Marsh arrived later, and Ann Marsh thanked the \
        volunteers.

        “We learned how other small states tackle the same problems,” Prime Minister Marsh said.
        """)
        XCTAssertEqual(found.first?.speaker, "Philip Marsh")
    }

    func testACounselInAppositionMakesAPerson() throws {
        let found = quotes("""
        The defence said it would appeal. Delwar Hosen, one of the defence counsels, said, “We think the \
        evidence was weak and full of contradictions.”
        """)
        XCTAssertEqual(found.first?.speaker, "Delwar Hosen")
    }

    func testAPronounAfterASentenceAdverbKeepsTheCenter() throws {
        let found = quotes("""
        Police commissioner Tom Kulunga spoke at the barracks. However, he says there are no plans to remove Prime \
        Minister Michael Somare from the building.

        "I am the one and only police commissioner in this country," he told reporters.
        """)
        XCTAssertEqual(found.first?.speaker, "Tom Kulunga")
    }

    func testACricketRoleBeforeANameMakesThePersonTheNextPronounsReferent() throws {
        let found = quotes("""
        Bangladesh beat Sri Lanka by eight wickets, Wanindu Hasaranga said.

        Bangladesh spinner Rishad Hossain won the player of the match award for his figures of 3-22.

        "The pitch was good, I tried my best and did my best," he said.
        """)
        XCTAssertEqual(found.last?.speaker, "Rishad Hossain")
    }

    /// A match report under a headline quote with no attribution; with `fallonQuotedTwice` its coach is quoted
    /// twice and the other captain once, else each once.
    /// An interview's speaker label of one word that is no English word ("Vorarit: “...”") names its speaker, who is
    /// named in the text by that word alone.
    func testAOneWordInterviewLabelNamesTheSpeaker() {
        let found = quotes("""
        Tensions flared when Vorarit criticised the government. Jakrapob denied the allegation.

        Vorarit: “But this is a matter of sovereignty. It’s about our territory.”

        Jakrapob: “It’s not yet a matter of sovereignty, as I have said.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Vorarit", "Jakrapob"], "\(found)")
    }

    /// "When Vorarit pressed further, asking ..., Jakrapob replied, saying": the subject comes after the opening
    /// clause of a subordinating conjunction.
    func testTheSubjectAfterAnOpeningSubordinateClauseSpeaks() {
        let found = quotes("""
        Vorarit Fuangarome interviewed Jakrapob Penkair on the evening show.

        When Vorarit pressed further, asking how long the country must remain patient, Jakrapob replied, saying “we \
        cannot solve the issue with our emotions at all.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jakrapob Penkair"], "\(found)")
    }

    /// A paragraph ending in a speech verb and an ellipsis introduces the quote that opens the next, as a colon does.
    func testAnEllipsisAfterASpeechVerbIntroducesTheNextParagraphsQuote() {
        let found = quotes("""
        Vorarit Fuangarome interviewed Jakrapob Penkair on the evening show.

        When Vorarit pressed further, asking how long the country must remain patient, Jakrapob replied…

        “Tomorrow. We cannot solve the issue with our emotions.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Jakrapob Penkair"], "\(found)")
    }

    private func headlineQuoteReport(fallonQuotedTwice: Bool) -> String {
        let second = fallonQuotedTwice ? " “There is no doubt about that.\n\n“It did put us on the back foot at the start of this week.”" : ""
        return """
        'Our forwards were beaten in every collision out there on the night'

        Ulster left nursing bruises after last night’s 38-10 defeat in Thomond Park.

        AFTER A THIRD defeat on the spin, Ulster coach Dan Fallon is fully aware of the challenge he faces.

        “It is really difficult,” said Fallon.\(second)

        Munster captain Peter Hogan said: “The lads were brilliant from the first whistle.”
        """
    }

    func testAnUnattributedHeadlineQuoteIsTheMostQuotedSpeakers() throws {
        XCTAssertEqual(quotes(headlineQuoteReport(fallonQuotedTwice: true)).first?.speaker, "Dan Fallon")
    }

    func testAnUnattributedHeadlineQuoteStaysUnnamedWhenNoSpeakerLeads() throws {
        XCTAssertNil(try XCTUnwrap(quotes(headlineQuoteReport(fallonQuotedTwice: false)).first).speaker)
    }

    func testAPluralsPossessiveApostropheDoesNotHideTheSpeechVerbBeforeAPartialQuote() throws {
        let found = quotes("""
        Independent Shane P. O’Reilly, who was previously a member of Fianna Fáil, led the volley of criticism.

        Speaking at the council’s January meeting, he claimed Mr Thomas’ family had been “effectively held prisoner \
        in their own home” during the garda raid.
        """)
        XCTAssertEqual(found.first?.speaker, "Shane P. O’Reilly")
        XCTAssertEqual(found.first?.verb, "claimed")
    }

    func testACapitalisedTitleAfterTheIsItsHoldersDescription() throws {
        let found = quotes("""
        Deputy Paul Murphy made the statement yesterday during questioning of Taoiseach Micheál Martin.

        “It was a very clear abuse of power,” Murphy told the Dáil.

        In response the Taoiseach said he did not “have the full context or story behind it”.
        """)
        XCTAssertEqual(found.last?.speaker, "Micheál Martin")
    }

    func testAShortPronounSentenceEndingInAColonIntroducesItsReferentsWords() throws {
        let found = quotes("""
        Finance Minister Nicola Willis offered up a new description on Wednesday: "Temporarily challenged, as always."

        She also offered the suggestion: "Fundamentally good, but having a wobble."
        """)
        XCTAssertEqual(found.last?.speaker, "Nicola Willis")
    }

    func testLettersInCapitalsAfterANameDoNotHideItsSpeechVerb() throws {
        let found = quotes("""
        “Our party will contest every seat in the county,” Mary Lou McDonald TD said.

        “The detention is illegal and must end now,” Femi Falana SAN told reporters.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Mary Lou McDonald", "Femi Falana"])
        XCTAssertEqual(found.map(\.verb), ["said", "told"])
    }

    func testASpeakerWithTwoInitialsAfterATitleIsOneName() throws {
        let found = quotes("""
        NEW DELHI: Chief Justice S. A. Bobde on Monday said the court would hear the plea.

        “We will take this up next week,” Bobde said.
        """)
        XCTAssertEqual(found.first?.speaker, "S. A. Bobde")
    }

    func testADemonymAsANounBesideASpeechVerbIsTheLastNamedPerson() throws {
        let found = quotes("""
        Coach Hernan Crespo was full of praise. “He is a complete forward,” the Argentine said.

        Harambee Stars boss Engin Firat also welcomed the move. “It will make him a better player,” the Turk told reporters.

        “The British are coming back next year,” said the Briton.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Hernan Crespo", "Engin Firat", "Engin Firat"])
        XCTAssertEqual(found.map(\.verb), ["said", "told", "said"])
    }

    func testAGivenNameAloneThatOpensASentenceAndSpeaksIsAPerson() throws {
        let found = quotes("""
        “We offer it, give them what the opportunities are right now,” said José Torres from the outreach team.

        Joel, who didn't want to disclose his last name, said he'd been told he could be arrested.

        “They take your stuff in there, and just lose everything,” he said.
        """)
        XCTAssertEqual(found.map(\.speaker), ["José Torres", "Joel"])
    }

    func testASentenceEndingInAColonAfterAnOpeningParticiplesPhraseIntroducesItsSubjectsWords() throws {
        let found = quotes("""
        Speaking to Sri Lanka's Sunday Times, Mr Samaraweera compared Sri Lanka with Myanmar's recent development: \
        “I think, frankly, not only India but the whole world should help Sri Lanka.”
        """)
        XCTAssertEqual(found.first?.speaker, "Samaraweera")
    }

    func testATwoWordDemonymAsANounBesideASpeechVerbIsTheLastNamedPerson() throws {
        let found = quotes("""
        Bafana captain Ronwen Williams was also disappointed. “We let the country down,” the South African told reporters.
        """)
        XCTAssertEqual(found.first?.speaker, "Ronwen Williams")
        XCTAssertEqual(found.first?.verb, "told")
    }

    func testAParticipleAfterAClauseOpenedByButGoesWithThatClausesSubject() throws {
        let found = quotes("""
        As the atmosphere grew tense, Justice Munib Akhtar attempted to pose a question to lawyer Faisal Siddiqui, but \
        Chief Justice Qazi Faiz Isa promptly intervened, asserting, "I believe the counsel is entitled to present \
        their arguments freely."
        """)
        XCTAssertEqual(found.first?.speaker, "Qazi Faiz Isa")
        XCTAssertEqual(found.first?.verb, "asserting")
    }

    func testAPoliceNounDescribesTheLastPersonNamed() {
        let found = quotes("""
        Former PC Thomas Joshua Smith served with Kent Police for eight years.

        The former cop insisted he was a “good police officer who has made one very bad decision”.
        """)
        XCTAssertEqual(found.first?.speaker, "Thomas Joshua Smith")
    }

    func testTwoTitlesDescribeAPersonWithAVerb() {
        let found = quotes("""
        Chief Justice Anthony Smellie thanked the staff on Friday.

        “She is a true professional and very accomplished at what she does,” the Chief Justice said.

        “It takes many years of honing to acquire,” the chief justice added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Anthony Smellie", "Anthony Smellie"])
        XCTAssertEqual(found.map(\.verb), ["said", "added"])
    }

    func testACapitalisedRoleNounAfterModifiersHeadsADescription() {
        let found = quotes("""
        Newry Councillor Liz Kimmins has said that the antics of boy racers are causing grave concerns.

        “The drivers are using the former customs post as a meeting place,” the local Sinn Féin Councillor explained.
        """)
        XCTAssertEqual(found.first?.speaker, "Liz Kimmins")
        XCTAssertEqual(found.first?.verb, "explained")
    }

    func testANamedSpeakerOfTheSentenceBeforeEndsAnEarlierQuotesRun() {
        let found = quotes("""
        Commissioners Larry Lowrance and Doug Stephenson both passed in the vote. “There are quite a few egos in the \
        way of moving forward,” Stephenson said. But Lowrance says it won’t be long until a decision is made. “I do \
        not see this dragging on for months and months.”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Doug Stephenson", "Larry Lowrance"])
    }

    func testTheSentenceOfTheEarlierQuoteDoesNotNameTheNextSpeaker() {
        let found = quotes("""
        Gary Hollenbeck has farmed the land for decades. His son, Tyler Hollenbeck, 29, said the family had planted \
        a shelterbelt.

        "We live out here too," Hollenbeck said. "My kids are going to drink the same water as everybody else."
        """)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[1].speaker, found[0].speaker)
    }

    func testAGivenNameOfTheOtherSexAbroadDoesNotPassTheSpeakerOver() {
        let found = quotes("""
        Salome Zourabichvili, leader of Georgia’s Way, also attended the meeting.

        “No one, except our President, denies that there is an extremely sharp political crisis,” Nino \
        Burjanadze said.

        “I am not going to take even one step back,” she added.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Nino Burjanadze", "Nino Burjanadze"])
    }

    func testAHeadlinesDescriptionWithoutAnArticleIsThePersonGivenThatRole() {
        let found = quotes("""
        'A minority government in Flanders is possible,' says former minister

        Former minister Willy Claes spoke to the paper on Sunday. The Flemish parties have not agreed.
        """)
        XCTAssertEqual(found.first?.speaker, "Willy Claes")
        XCTAssertEqual(found.first?.verb, "says")
    }

    func testAddingWithoutACommaGoesWithTheSentencesSubject() {
        let found = quotes("""
        Addressing the court, Richard Butters revealed the council had refused to be interviewed.

        He said he recognised that any fine imposed would have to be paid for from ratepayers' cash adding "the \
        irony is not lost on the court".
        """)
        XCTAssertEqual(found.first?.speaker, "Richard Butters")
        XCTAssertEqual(found.first?.verb, "adding")
    }

    func testAGafferWhoAnalysesBeforeAColonSpeaks() {
        let found = quotes("""
        Motherwell have appointed Stuart McCall as manager until the end of the season.

        The new gaffer analysed: “The last few games have all been tough, and against teams high up in the table.”
        """)
        XCTAssertEqual(found.first?.speaker, "Stuart McCall")
    }

    func testAPhraseAVerbOfNamingIntroducesIsAQuote() {
        let found = quotes("""
        Senator Ted Cruz said the case exposed deeper problems. Cruz called the suicide a "profound indictment of \
        the system". A "senior U.S. intelligence officer" claimed otherwise.
        """)
        XCTAssertEqual(found.map(\.text), ["profound indictment of the system"])
        XCTAssertEqual(found.first?.speaker, "Ted Cruz")
    }

    func testASharedSurnameNamesTheFirstBearerOfTheLastSentenceNamingOne() {
        let found = quotes("""
        The game-changer was Councilwoman Laura Smith, who invoked her father, Congressman Ed Smith, who died in \
        November.

        "One of the conversations I had with him is that leadership is difficult," Smith said.
        """)
        XCTAssertEqual(found.first?.speaker, "Laura Smith")
    }

    func testAParagraphPointingBackAtTheQuoteNamesItsSpeaker() {
        let found = quotes("""
        “No leader will sit back and allow people who act like stinking pigs to run amok. “My message to the \
        villages is this; this government will not sit back”

        This was the message from furious Prime Minister Tuilaepa Sa’ilele Malielegaoi when approached on Thursday.

        “We need a local content policy now! Our local companies are being sidelined.”

        Those were the words of President of the Georgetown Chamber of Commerce and Industry (GCCI), Deodat Indar \
        yesterday.

        At an emergency press conference on local content, Indar said that many foreign companies are providing \
        those services.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Tuilaepa Sa’ilele Malielegaoi", "Deodat Indar"])
    }

    func testAQuoteLeftOpenToItsParagraphsEndIsAParagraphOfItsOwn() {
        let found = quotes("""
        Prime Minister Tuilaepa Sa’ilele Malielegaoi spoke on Thursday.

        “Who are they to do things like this?” he said.

        The Prime Minister said the police had given Satapuala too many chances.

        “This is a development that benefits the village of Satapuala. “That shows how uneducated they are.”

        Samoa News spoke to Assistant Police Commissioner Leaupepe Fatu Pula, who said no one was injured.
        """)
        XCTAssertEqual(found.map(\.speaker), ["Tuilaepa Sa’ilele Malielegaoi", "Tuilaepa Sa’ilele Malielegaoi"])
    }

    func testALeftMarkApartFromTheNextWordClosesTheOpenQuote() {
        let found = quotes("""
        Nine women were elected to the new council.

        “It’s historic, a great council for a new future, it’s positive with such diversity, “ new comer Jenny \
        Barrie said.
        """)
        XCTAssertEqual(found.map(\.text), ["It’s historic, a great council for a new future, it’s positive with such diversity"])
        XCTAssertEqual(found.first?.speaker, "Jenny Barrie")
    }

    func testTheSubjectAfterAWhenAskedClauseSpeaksTheQuoteItsColonIntroduces() {
        let found = quotes("""
        Attorney Al Watkins answered questions on behalf of the family.

        When asked by a reporter if he had any indication of what the verdict in the trial was going to be, \
        Watkins fired off a passionate response to the preparations:

        “I am a simple-minded lawyer from the Heartland of America.”
        """)
        XCTAssertEqual(found.first?.speaker, "Al Watkins")
    }

    func testACapitalisedBodyNounBeforeASpeechVerbIsTheBodyNamedBefore() {
        let found = quotes("""
        City of Kamloops activated its Emergency Operations Center on Thursday. Outside McArthur Island, a camp \
        has been set up on soccer fields.

        “Kamloops Fire and Rescue is supporting BC Wildfire Services with structural protection units,” the City \
        said, in a statement.
        """)
        XCTAssertEqual(found.first?.speaker, "City of Kamloops")
    }

    func testADatelinesPlaceBeforeANameAndAColonLabelsAHeadlineQuote() {
        let found = quotes("""
        Rome, Gualtieri: “Agreed with Prefect Giannini to strengthen security around the Colosseum”

        Rome, July 3 – “What happened near the Colosseum is a serious incident,” said Mayor Roberto Gualtieri.
        """)
        XCTAssertEqual(found.first?.speaker, "Roberto Gualtieri")
    }

    func testSentimentsSharedByAPersonAfterTheQuoteAreTheirs() {
        let found = quotes("""
        MBABANE – “If we are seen to be behaving like Egyptian mummies in Parliament, then by all means, we qualify \
        for punishment by the voters.”

        The above sentiments were shared by Lobamba Lomdzala Member of Parliament (MP) Marwick Khumalo. He stated \
        that they were duty-bound.

        Khumalo stated that what the liberation groups were saying was a perception.
        """)
        XCTAssertEqual(found.first?.speaker, "Marwick Khumalo")
    }

    func testABodysCapitalisedOfficeBeforeAColonIsTheOneWhoHoldsIt() {
        let found = quotes("""
        The country is back on track, said Governor of the Central Bank of Sri Lanka (CBSL) Dr. Nandalal Weerasinghe.

        The CBSL Chief went on: “It was in the objective of managing that pain that we made difficult decisions.”
        """)
        XCTAssertEqual(found.first?.speaker, "Nandalal Weerasinghe")
    }

    func testABodysNameAloneBeforeAHeadlinesColonLabelsTheQuote() {
        let found = quotes("""
        Eskom: ‘No load shedding expected in foreseeable future’

        Chief operating officer Jan Oberholzer says reports of more load shedding are incorrect.

        CAPE TOWN - Eskom CEO Phakamani Hadebe has apologised for the poor communication. On Friday Eskom told \
        the nation that it had less than 20 days of stock.
        """)
        XCTAssertEqual(found.first?.speaker, "Eskom")
    }

    func testATrainerIsTheCoachNamedBefore() {
        let found = quotes("""
        Ghana Coach Kwasi Appiah says the friendly game in Kumasi tomorrow will serve as a useful exercise.

        The soft-spoken trainer said in an interview “It is a useful exercise. Our next game is against Ethiopia.”
        """)
        XCTAssertEqual(found.first?.speaker, "Kwasi Appiah")
    }

    func testAnAuxiliaryMayStandBetweenADescribedSpeakerAndTheVerb() {
        let found = quotes("""
        Defence Minister Mariya Ahmed Didi has made a formal apology. Defence Ministry also pointed out that she \
        had been misread.

        "We know very well that they never had the intention, but if they do, I don't know how we can stop it," \
        the Minister had said.
        """)
        XCTAssertEqual(found.first?.speaker, "Mariya Ahmed Didi")
    }

    func testABodyThatNamesItselfFirstInItsStatementSpeaksIt() {
        let found = quotes("""
        The city's hospital confirmed its first case on Wednesday.

        “HSN is caring for its first admitted patient to test positive for COVID-19,” the hospital said in a release.

        The police in Maldives asked the country’s media not to report unverified information.

        “Maldives Police Service appeals to all citizens to come forward with any information regarding this case,” \
        the police said in a statement issued on Monday.
        """)
        XCTAssertEqual(found.map(\.speaker), ["HSN", "Maldives Police Service"])
    }

    func testACapitalisedRoleAfterTheBeforeAQuoteIsItsHolder() {
        let found = quotes("""
        Mayor Hardie Davis has the keys to the vehicle. Still, Commissioner Marion Williams requested the item.

        Commissioner Williams said he wanted to revisit everything. The Mayor moved to vote.

        The Mayor said, “No one in this government broke the law. No one.”
        """)
        XCTAssertEqual(found.first?.speaker, "Hardie Davis")
    }

    func testAShortQuotedPhraseAfterByIsSpeechWhenANamedSpeakerFollowsItsComma() {
        let found = quotes("""
        Mayor Lisette Maillé said the town had to comply.

        The complaint was triggered by “some, albeit limited, information in English,” Maillé wrote in the newsletter. \
        The town was cited by “a government office” last year.
        """)
        XCTAssertEqual(found.map(\.text), ["some, albeit limited, information in English"])
        XCTAssertEqual(found.first?.speaker, "Lisette Maillé")
    }

    func testANameAndVerbOpeningTheNextQuoteAfterAFinishedSentenceIntroduceThatQuote() {
        let found = quotes("""
        “Right now, I’m tired of the new hospital dominating the headlines," said Senator Sabrina Salas Matanane, \
        "because what’s not dominating the headlines is the neglect.” Senator Therese Terlaje added, "Where was \
        the outrage when the person was turned away?”
        """)
        XCTAssertEqual(found.map(\.speaker), ["Sabrina Salas Matanane", "Sabrina Salas Matanane", "Therese Terlaje"])
    }

    func testAnOfficeDescribedWithItsHoldersPossessiveIsTheOfficeNamedBefore() {
        let found = quotes("""
        According to a press release from the Smith County Sheriff's Office, two deputies shot a man on Sunday.

        A man got out of the vehicle and "walked toward the deputy with a book in hand," the sheriff's office said.
        """)
        XCTAssertEqual(found.first?.speaker, "Smith County Sheriff's Office")
    }

    func testDoubledSingleMarksOpenAndCloseADoubleQuote() {
        let found = quotes("""
        Hon. Yaya Menteng Sanyang said members should know their mandates.

        ‘’The Gambians should start coming to the Assembly to witness the proceedings’’ he reiterated.
        """)
        XCTAssertEqual(found.map(\.text), ["The Gambians should start coming to the Assembly to witness the proceedings"])
        XCTAssertEqual(found.first?.speaker, "Yaya Menteng Sanyang")
    }

    func testAParticipleAfterANameAndSpeechVerbGoesWithThatName() {
        let found = quotes("""
        President Gotabaya Rajapaksa and Prime Minister Ranil Wickremesinghe are in two camps, Anura Kumara \
        Dissanayake charged, noting, “There is no point debating here if no roadmap is presented.”
        """)
        XCTAssertEqual(found.first?.speaker, "Anura Kumara Dissanayake")
    }

    func testANameInAnOpeningParticiplePhraseIsNotTheSubject() {
        let found = quotes("""
        Foreign Minister Abdul Momen spoke in Chittagong on Thursday.

        Addressing India, the Minister said: “We did not say a word. Various countries spoke.”
        """)
        XCTAssertEqual(found.first?.speaker, "Abdul Momen")
    }

    func testAnOrganisationDescribedAfterTheSpeechVerbIsTheOneNamedBefore() {
        let found = quotes("""
        Intel recently announced a series of investments in the US and Europe.

        “These investments position Intel to meet the future growth,” said the chip-maker.
        """)
        XCTAssertEqual(found.first?.speaker, "Intel")
    }

    func testAVerbJoinedByAndToAQuotesAttributionSharesItsSpeaker() {
        let found = quotes("""
        Interior Minister Rashid Ahmed visited the site of the blast.

        "During the tenure of Prime Minister Imran Khan, stability has been brought to the country," the minister \
        said and added, "Pakistan's enemies don't like this at all."
        """)
        XCTAssertEqual(found.map(\.speaker), ["Rashid Ahmed", "Rashid Ahmed"])
    }

    func testASentenceOpeningWithAndAndTheSamePronounKeepsItsReferent() {
        let found = quotes("""
        Chief Wilfred King is calling for a more comprehensive investigation.

        And he wants to hear directly from the commissioner of the OPP, Thomas Carrique, on what the force is doing.

        “It’s our understanding that this sergeant has been reposted to another detachment,” he said.
        """)
        XCTAssertEqual(found.first?.speaker, "Wilfred King")
    }

    func testTheSubjectFollowsAnOpeningPrepositionalPhraseAndAPossessorIsNoSubject() {
        let found = quotes("""
        In an interview with Ynet Tuesday, Transportation Minister Yisrael Katz attacked the members who interrupted \
        US Vice President Mike Pence's speech at the Knesset Monday, saying: "They and Hamas share the same goals."
        """)
        XCTAssertEqual(found.first?.speaker, "Yisrael Katz")
    }

    func testADescriptionBeforeANamesCommaGivesItsRole() {
        let found = quotes("""
        Another mother of eight, Nyajang Kutek, said she intends to stay in the camp.

        “I will remain here under the protection of UNMISS until the security improves,” added the mother.
        """)
        XCTAssertEqual(found.first?.speaker, "Nyajang Kutek")
    }

    func testAMinistersPortfolioTellsOneMinisterFromAnother() {
        let found = quotes("""
        Foreign Minister Retno Marsudi met Defence Minister Ryamizard Ryacudu on Monday.

        "I was assigned by President Joko Widodo to resolve the problem," the Foreign Minister said.
        """)
        XCTAssertEqual(found.first?.speaker, "Retno Marsudi")
    }

    func testACapitalisedPrepositionBeforeATitleIsTheTitles() {
        let found = quotes("""
        Under Secretary Erik K. Raven, senior defense official for Guam, wrote to Gov. Lourdes A. Leon Guerrero on \
        July 16, and said, “Our ongoing, constructive engagements reflect our commitment.”
        """)
        XCTAssertEqual(found.first?.speaker, "Erik K. Raven")
    }

    func testAHeadlinesQuoteSignedAfterAHyphenWithATitleIsThatPersons() {
        let found = quotes("""
        “Koita Caught In The Kitchen” -Detective Moosa

        In his testimony at the treason trial, Police detective Fritzlun Joshua Moosa told the high court that the \
        accused was arrested.
        """)
        XCTAssertEqual(found.first?.speaker, "Fritzlun Joshua Moosa")
    }

    func testAPartyInBracketsAfterANameIsNotTheSpeaker() {
        let found = quotes("""
        District Chair Cllr Eamon Aylward (Fianna Fáil) said “there wasn’t a whole lot of good news” from the meeting.
        """)
        XCTAssertEqual(found.first?.speaker, "Eamon Aylward")
    }

    func testAPlatformAfterAPossessiveDoesNotSpeak() {
        let found = quotes("""
        A statement posted on the club’s Facebook page said: “It is with great shock and sadness we share the news.”
        """)
        XCTAssertNil(found.first?.speaker)
    }

    func testAQuoteInARelativeClauseOnANamedPersonIsThatPersons() {
        let found = quotes("""
        Also giving his full support was Public Utilities Minister Barry Padarath, who praised the Prime Minister for \
        “her frank, constructive and unapologetically honest address” on crime.
        """)
        XCTAssertEqual(found.first?.speaker, "Barry Padarath")
    }

    func testTheCourtIsTheCourtNamedBefore() {
        let found = quotes("""
        The Seoul Central District Court's Criminal Division 27 announced on the 26th that it would suspend the sentence.

        The court stated, "Even if recordings were made informally, its authenticity can easily be verified."
        """)
        XCTAssertEqual(found.first?.speaker, "Seoul Central District Court")
    }

    func testAParenthesisBetweenTheNameAndTheVerbKeepsTheName() {
        let body = """
        “It bothers me because this is no longer right at all,” said opposition Councilor Joel Garganera.

        “Sixteen dead in 17 hours in Metro Cebu,” Rep. Rodrigo Abellanosa (Cebu City, south district) said.

        “We will hold the line on this bill,” Sen. Ted Cruz (R-Texas) told reporters.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Joel Garganera", "Rodrigo Abellanosa", "Ted Cruz"])
    }

    func testTheyAndAnAdverbBeforeTheVerbIsTheOrganisationNamedBefore() {
        let body = """
        The Samsung Group made an announcement yesterday and apologized to the public.

        They additionally stressed, “If one attempts to meet its ends by using unjustifiable means, it must be nipped early.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Samsung Group"])
    }

    func testANamesVerbAfterItsCommaIsNoAppositive() {
        let body = """
        The mayor, Phedonas Phedonos, issued a statement on the evictions in the old town on Monday.

        Paphos MP, Andreas Fakontis, expressed the position that the mayor has substituted the service.

        Instead, the mayor said that he feels vindicated by the result.

        “We are proud and everyone is talking about the beautiful city centre, free of mess.”
        """
        XCTAssertEqual(ruleSpeakers(body).last, "Phedonas Phedonos")
    }

    func testReportedSpeechGoesOnIntoAQuoteAcrossSentencesWithNoName() {
        let body = """
        Economy minister Naftali Bennett answered an urgent question by opposition member Erel Margalit.

        Bennett responded that it is indeed important for the offices to be moved. This will create more jobs. “The government ruled in 2007 that as many units as possible must be moved.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Naftali Bennett"])
        let named = """
        Bennett responded that it is indeed important for the offices to be moved. Margalit disagreed with him. “The government ruled in 2007 that as many units as possible must be moved.”
        """
        XCTAssertNotEqual(ruleSpeakers(named).first, "Naftali Bennett", "a sentence naming someone else ends the search")
    }

    func testAFormerHolderIsNotTheRolesHolder() {
        let body = """
        The caretaker coach of the Super Eagles, Austin Eguavoen, has said the team is regaining its dignity.

        Under former coach Gernot Rohr, the team had struggled against their opponents.

        The coach told the players, “You don’t have any other country to play for, it’s only Nigeria.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Austin Eguavoen"])
        let former = """
        Under former coach Gernot Rohr, the team had struggled against their opponents.

        The former coach told reporters, “We were never given the time we needed to build this team.”
        """
        XCTAssertEqual(ruleSpeakers(former), ["Gernot Rohr"], "a description that says former means the former holder")
    }

    func testConfirmsAndQuestionedAttributeAQuote() {
        let body = """
        Police spokesperson Brigadier Novela Potelwa confirms: “The suspects aged 24 and 28 are facing murder charges.”

        Shop owner Jamila Bi said the taps had been dry for a week.

        “How can I ask them to work under these conditions?” Ms. Bi questioned.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Novela Potelwa", "Jamila Bi"])
    }

    func testTheAgentOfAPassiveVerbOfNamingSpeaks() {
        let body = """
        The protests, led by the opposition People’s United Democratic Movement, have since been described by acting \
        Prime Minister Themba Masuku as having been “hijacked by elements seeking to influence regime change” in the country.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Themba Masuku"])
    }

    func testASentenceOpeningForANameGivesThatPersonsView() {
        let body = """
        Mayor Patrick Ekema led the march through Buea on Saturday.

        For Bernard Okalia Bilai, governor of the South West region, there cannot be talks without peace.

        “We need peace. When peace will be back, the dialogue we are talking about will continue,” he told the demonstrators.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Bernard Okalia Bilai"])
    }

    func testToldReportersThatReachesFarIntoItsSentence() {
        let body = """
        “This is an attack on the democratic rights of Philadelphians,” said Robert Saleem-Holbrook, a campaigner.

        Towards the end of the call, Larry Krasner told reporters that he was receiving information about a bill that was amended in the state Senate and sent to the House that would “transfer jurisdiction away from the office to a special prosecutor.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Robert Saleem-Holbrook", "Larry Krasner"])
    }

    func testAnInvertedAttributionInsideAnUnclosedQuoteNamesItsSpeaker() {
        let body = """
        “This is a continuation of a racist and abusive political agenda directed at a city, said Tonya Bah, member of the Working Families Party.

        Officials did not respond to questions on Friday.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Tonya Bah"])
        let spoken = """
        Jane Porter chairs the housing committee.

        “We waited and waited, and then Tom Reed told us the money was gone. Nobody could believe it.

        “It was the worst week of my life,” Porter said.
        """
        XCTAssertEqual(ruleSpeakers(spoken).first, "Jane Porter", "a name and a verb in the speech itself are no inversion")
    }

    func testARoleBeforeARelativeClauseAndTheNameIsTheNamesRole() {
        let body = """
        The minister of information, who serves as government spokesperson, Michael Makuei, urged peacekeepers to reduce patrols in Juba.

        The minister called on the head of UNMISS, Nicholas Haysom, who was present at the event, to talk to his men.

        He further alleged that UNMISS forces have even been escorting water tankers in Juba.

        “Your forces here in Juba move armed with their guns cocked,” he told Haysom.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Michael Makuei"])
    }

    func testItSayingBeforeAQuoteParagraphIsTheLastOrganisation() {
        let body = """
        The Senate has responded to a statement from the US Embassy in Monrovia on the election of two chairs.

        In a communication to the Embassy, it said the senate acknowledges with thanks the interest of the embassy.

        “The senate takes note of the concern expressed by the US Embassy on the election of senator Johnson as chair.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Senate"])
    }

    func testARoleGoesToThePersonTheArticleIsAboutOverOneNamedOnce() {
        let body = """
        Binta Nyako, judge of a federal high court in Abuja, has warned the agency to obey court orders.

        Speaking after granting bail to the former minister on Monday, Nyako cautioned the agencies.

        She granted him bail on the terms earlier granted him by Abubakar Kutigi, judge of a high court in Gwagwalada.

        Responding, the judge said: “Mr Sanga you are very wrong!”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Binta Nyako"])
    }

    func testSaidTheReportAfterAQuoteIsTheReportsIssuer() {
        let body = """
        The Commons Public Accounts Committee published its report on Friday.

        “The NHS does not know what the right level of beds is to meet the growing demand,” said the report.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Commons Public Accounts Committee"])
    }

    func testADocumentsIssuerIsSoughtPastSentencesThatNameNone() {
        let body = """
        A deputy was dispatched to the apartments after residents reported gunshots, according to a Lancaster County Sheriff’s Office statement.

        The deputy heard a man yelling inside the apartment, the statement says.

        The occupant refused to open the door and “continued to speak in a loud, aggressive and threatening tone,” the statement says.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Lancaster County Sheriff’s Office"])
    }

    func testANounForWordsFromANameBeforeAColonNamesTheSpeaker() {
        let body = """
        Dustin Johnson held a one-stroke lead on the field.

        That prompted this rebuke from Rory McIlroy:

        “If he is trying to play mind games, he is trying to do it to the wrong person.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Rory McIlroy"])
    }

    func testALongSentenceThatAPronounOpensBeforeAColonIntroducesItsReferentsWords() {
        let body = """
        Gurban Gurbanov said the team would try to advance as far as it could.

        He also touched upon the possibility of moving the home game against the Czech club Viktoria Plzen to the Baku Olympic stadium: "We hold our matches at the Republican stadium. We will discuss this issue in Baku."
        """
        XCTAssertEqual(ruleSpeakers(body), ["Gurban Gurbanov"])
    }

    func testASubjectAfterAnOpeningPrepositionalPhraseIntroducesTheQuoteAfterAColon() {
        let body = """
        In the email response, Elon Musk positioned the company as the underdog and called the union's tactics unfair (emphasis ours):

        "That is why I was so distraught when I read the recent blog post promoting the union."
        """
        XCTAssertEqual(ruleSpeakers(body), ["Elon Musk"])
    }

    func testAVerbOfNamingInTheActiveVoiceAttributesTheQuoteToItsSubject() {
        let body = """
        The singer Sung Si-kyung apologised on Monday.

        Sung called the incident “a chance to hold myself to a stricter standard,” adding that he will be more careful.

        The inquiry was described as “a thorough review of every account we could find”.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Sung Si-kyung", nil])
    }

    func testAPossessedSpeechNounAndThatNameWhoseWordsFollow() {
        let body = """
        Labour released a document on Sunday. It contrasts the old pledges with Rishi Sunak’s assertion this weekend that “criminal gangs should not be allowed to continue their immoral trade”.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Rishi Sunak"])
    }

    func testANameInAppositionToAPrepositionsObjectIsNoAntecedent() {
        let body = """
        Addressing journalists after the match, Tendai Moyo, who was left in charge in the absence of head coach, Farai Chuma, who is away at a regional tournament, said he was pleased by the performance.

        “I think we are very happy with the way the guys have handled this match,” he said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Tendai Moyo"])
    }

    func testAPlacesNativeIsADescriptionOfTheLastSubject() {
        let body = """
        Darnell Whitaker spoke first at the news conference. Whitaker, however, claimed to be put off when it was his turn to speak.

        “I really am not up here to talk a lot,” the Cincinnati native said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Darnell Whitaker"])
    }

    func testAnInvertedLabelMayHoldAPlaceAndRoleWordsBeforeTheName() {
        let body = """
        Georgia beat Alabama on Saturday.

        Said Georgia running back Nick Chubb: “We knew we could run the ball against them all day.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Nick Chubb"])
    }

    func testAPossessedSpeechNounAndACommaNameWhoseWordsFollow() {
        let body = """
        Texas A&M rallied to win. Mike Elko’s post-game comment, “Thank you for staying with us, sorry it took so long,” drew laughs.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Mike Elko"])
    }

    func testASpeechVerbsAgentAfterByBeforeAColonIsTheSpeaker() {
        let body = """
        The lawyer was questioned for two hours on Monday.

        The information was confirmed to the newspaper by Abdessadek El Bouchtaoui:

        “My posts about the protests were the reason I was questioned.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Abdessadek El Bouchtaoui"])
    }

    func testATitleAloneLabellingAHeadlinesQuoteIsThePersonGivenIt() {
        let body = """
        Commissioner: ‘We cannot be at every event watching every person’

        Garda Commissioner Noirin O’Sullivan said resources were stretched after the shooting on Friday.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Noirin O’Sullivan"])
    }

    func testAccordingToABodysTitleAndAPersonIsThePerson() {
        let body = """
        Exxon Mobil posted its largest profit on Friday.

        According to Exxon Mobil CEO Darren Woods, “As we think about recent events, our job has never been clearer.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Darren Woods"])
    }

    func testABodysRoleWordsBeforeAPersonMakeThePersonTheSubject() {
        let body = """
        Johor PKR deputy chairman Jimmy Puah Wee Tse also agreed with the proposal and said: “I think it is a good proposal for the state.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Jimmy Puah Wee Tse"])
    }

    func testAPlacesSpokesmanIsThePersonDescribedNotThePlace() {
        let body = """
        Foreign Ministry spokesman Bahram Qassemi spoke to reporters in Tehran on Monday.

        Iran’s spokesman also commented on the Russian remarks, saying “that’s kind of Mr Lavrov, but everyone knows our position.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Bahram Qassemi"])
    }

    func testABodysSupremoIsAPersonDescribed() {
        let body = """
        Nigeria Football Federation president Ibrahim Gusau said the team was ready for the playoffs. The NFF supremo said:

        “Eric came in despite the fact that a lot of people had reservations about him.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Ibrahim Gusau"])
    }

    func testAPronounAfterADescribedSubjectMeansThePersonDescribed() {
        let body = """
        Minister John Wijepala spoke in Parliament on Thursday.

        The suspect has been identified as Samindu Kandanaarachchi, a resident of Maharagama.

        The Minister further revealed that investigations indicate the suspect’s involvement in several killings.

        “We deeply regret the unfortunate incident within the judiciary,” he said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["John Wijepala"])
    }

    func testABodysTitleAndANameOpeningTheTextBeforeAQuote() {
        // A title run at the very first token once sent the "according to" test an index below zero.
        let body = """
        Harambee Stars head coach Jacob Mulee “was impressed by his players” despite a 1-1 draw.
        """
        XCTAssertEqual(quotes(body).map(\.text), ["was impressed by his players"])
        XCTAssertEqual(ruleSpeakers(body), ["Jacob Mulee"])
    }

    func testAStatementIssuedByNoOneNamedSpeaksForTheBodyNamingItselfInIt() {
        let body = """
        Relations between the two neighbours have soured over the summer.

        “The Government of Ghana notes with concern the remarks made last week, and will engage its neighbours to resolve any matter,” the statement said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Government of Ghana"])
    }

    func testTheSubjectAfterAnOpeningPhraseHoldingTheDocumentIssuedIt() {
        let body = """
        In a new report published today, the Commons Public Accounts Committee branded the waiting lists a scandal.

        “We are concerned that the number of patients waiting is still rising,” the report said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Commons Public Accounts Committee"])
    }

    func testTheForceAndTheEmbassyDescribeTheBodyNamedBefore() {
        let body = """
        The Tanzania Police Force has issued a public alert about people entering the country illegally.

        In a statement released on Sunday, the force said it had received credible reports of the crossings.

        “We continue to monitor the borders,” the statement read.

        The Embassy of Pakistan in Muscat has set up a help desk for families.

        “Our teams are in contact with the hospitals,” the embassy said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Tanzania Police Force", "Embassy of Pakistan"])
    }

    func testARoleRightBeforeASpeechVerbAfterANamesCommaIsNoAppositive() {
        let body = """
        The statement was made on Friday by Karachi Police Chief Javed Alam Odho at a briefing.

        While talking about the killing of engineering student Bilal, the chief claimed to have arrested the suspect.

        “This aggrieved the entire city,” the police chief added.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Javed Alam Odho"])
    }

    func testAnOfficesPrepositionRightBeforeANameGivesThePersonNoOffice() {
        // "Governor to San Nicolas" once made San Nicolas a governor, named more often than the governor herself;
        // so did "Patti Arroyo, the governor said" (a role before a speech verb is no appositive).
        let body = """
        Governor to San Nicolas: ‘Let’s work together’

        The congressman and the governor have been at odds on a variety of issues.

        Governor Lou Leon Guerrero has urged Congressman Michael San Nicolas to work with the administration on the bill.

        In an interview with Patti Arroyo on the radio, the governor said the funding mattered more than the credit.

        “We should all be working together,” the governor said.

        San Nicolas has criticized the decision to send a delegation to Washington.

        “That is done all the time,” the governor said.
        """
        XCTAssertEqual(ruleSpeakers(body).suffix(2), ["Lou Leon Guerrero", "Lou Leon Guerrero"])
    }

    func testTrainingExamplesNameTheRuleThatAttributedEachQuote() {
        let examples = analyzer.speakerTrainingExamples(title: nil, body: """
        John Smith arrived on Monday.

        “We will go on with the work that we started,” said John Smith.

        Mary Jones arrived later.

        “We will go on with the work that we started,” she said.
        """)
        XCTAssertEqual(examples.map(\.ruleSpeaker), ["John Smith", "Mary Jones"])
        XCTAssertGreaterThan(examples[0].rule, 0)
        XCTAssertGreaterThan(examples[1].rule, 0)
        XCTAssertNotEqual(examples[0].rule, examples[1].rule)
        let unattributed = analyzer.speakerTrainingExamples(
            title: nil, body: "The weather was fine.\n\n“Nobody in this town could have known what would happen next week.”"
        )
        XCTAssertEqual(unattributed.map(\.rule), [0])
        XCTAssertEqual(unattributed.map(\.asksRanker), [true])
    }

    func testNamesJoinedAfterAPrepositionAreNotTheSubject() {
        let body = """
        Patients in Dumbarton have waited months for appointments, says local MSP Jackie Baillie.

        A spokeswoman for NHS Greater Glasgow and Clyde said: “We apologise to any patient who has waited longer than they should.”
        """
        XCTAssertEqual(ruleSpeakers(body), [nil])
    }

    func testAnIndefiniteDescriptionAsTheSubjectNamesNoOne() {
        let body = """
        Detective Superintendent David Knowles has led the search since Tuesday.

        A Counter-Terrorism Policing spokesman said: “Officers are keeping an open mind about the cause of death.”
        """
        XCTAssertEqual(ruleSpeakers(body), [nil])
        XCTAssertEqual(quotes(body).map(\.verb), ["said"])
    }

    func testAPronounAfterAnUnnamedSubjectNamesNoOne() {
        let body = """
        Agriculture officer Sampat Bodke said the rain had damaged crops across the district.

        A grape farmer said he had spent Rs 6 lakh on the current crop. But now, left with damaged fruit, he said, “I do not know how I will repay the loan.”
        """
        XCTAssertEqual(ruleSpeakers(body), [nil])
    }

    func testADemonymSubjectBeforeTheVerbIsThePersonOfThatNationality() {
        let body = """
        Croatian coach Zoran Mamic saw his side draw 1-1 on Tuesday.

        The Croatian said: “The result is ok for both teams.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Zoran Mamic"])
    }

    func testADescribedBodyBeforeAnAdverbAndTheVerbIsTheBodyNamedBefore() {
        let body = """
        The High Court heard the writ petition on Sunday.

        The court also noted, “Everything is written in the Constitution and nobody can go beyond it.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["High Court"])
    }

    func testAColonThatNamesNoOneLeavesTheQuoteToTheSpeakerGoingOn() {
        let body = """
        “I knew I could beat her today,” said Serena Williams after the match.

        On winning the match in two sets: “It has been years since I played this well on this court.”
        """
        XCTAssertEqual(quotes(body).map(\.speaker), ["Serena Williams", "Serena Williams"])
    }

    func testABodyNamedInAPhraseAfterARoleIsNotTheSubject() {
        let spokesperson = """
        Three men were jailed on Friday for a string of burglaries in Cornwall.

        A spokesperson for Devon and Cornwall Police said: “We will keep pursuing those who target homes in our communities.”
        """
        XCTAssertEqual(ruleSpeakers(spokesperson), [nil])
        let chair = """
        Marty Hunt, Chair of the Justice, Integrity and Community Safety Committee, described regional Queensland as “ground-zero of the youth crime crisis in this state”.
        """
        XCTAssertEqual(ruleSpeakers(chair), ["Marty Hunt"])
    }

    func testTheNewspaperDescribesTheOutletNamedBeforeUnlessItReportsAnotherSpeaker() {
        let reported = """
        Minister Karim Haddad dismissed the findings on Monday.

        The Washington Post reported the intelligence findings, citing documents obtained by the newspaper.

        “The network has been developing a cost-effective model for operations abroad,” the newspaper reported.
        """
        XCTAssertEqual(ruleSpeakers(reported), ["Washington Post"])
        let relayed = """
        The Farmers Union put out a statement calling for a moratorium on the evictions.

        But Minister Joseph Made said that “only dreamers would make such calls,” the paper reported.
        """
        XCTAssertEqual(ruleSpeakers(relayed), ["Joseph Made"])
        let subject = """
        Chief Secretary Ana Lemos accused The Economist of misleading its readers.

        The publication called the new rules “a mockery of the democratic process in the territory”.
        """
        XCTAssertEqual(ruleSpeakers(subject), ["Economist"])
    }

    func testInTheWordsOfNamesTheSpeaker() {
        let body = """
        Overseas users will keep their numbers, the regulator said on Friday.

        In the words of the Pakistan Telecommunication Authority, “It’s a big step that will ensure unbroken access for everyone abroad”.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Pakistan Telecommunication Authority"])
    }

    func testOfInsideATitleIsNoPreposition() {
        let body = """
        Yehia Rasool, a military spokesman, said the attacks had resumed.

        U.S. officials blame militias for the rocket attacks. No group has claimed responsibility.

        U.S. Secretary of State Mike Pompeo condemned the attack in a statement late on Sunday, saying militias are the main obstacle to peace.

        “The same militias targeting diplomatic facilities are stealing state resources on a massive scale,” he added.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Mike Pompeo"])
    }

    func testAPronounSubjectBeforeANameKeepsTheCenter() {
        let body = """
        Crusaders coach Scott Robertson was pleased with the win in Auckland.

        “It is tough to win up here and we will take that,” he said.

        The Blues could tear sides apart and he pointed to the desperation needed to contain wing Rieko Ioane late on.

        “They are tough and they were good in the second half,” he said.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Scott Robertson", "Scott Robertson"])
        let speaking = """
        Crusaders coach Scott Robertson was pleased with the win in Auckland.

        Afterwards he spoke with wing Rieko Ioane, who said the side had been lucky.

        “They are tough and they were good in the second half,” he said.
        """
        XCTAssertEqual(ruleSpeakers(speaking), ["Rieko Ioane"])
    }

    func testADocumentFromABodyAfterTheQuoteSpeaksForIt() {
        let body = """
        The musician's booking manager, Barron Ruth, said he died on Sunday.

        “We are saddened to report that we have lost our brother Jeff Austin,” read a statement from Yonder Mountain String Band on Facebook.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Yonder Mountain String Band"])
    }

    func testTheLastOfTwoBodyNounsHeadsTheDescription() {
        let body = """
        Oman’s Government Communication Center has clarified the lockdown in several languages.

        The government body stated, on behalf of the Royal Oman Police, that “things will continue to be the same within the Governorate”.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Government Communication Center"])
    }

    func testACountryBeforeAParticipleDoesNotSpeak() {
        let body = """
        The councillor compared unemployment to that of Rwanda and Burundi saying the two countries were doing far better.

        “It is better to deal with issues at hand than putting a smile on our faces for a day.”
        """
        XCTAssertEqual(ruleSpeakers(body), [nil])
    }

    func testAnInvertedAttributionEndingTheSentenceBeforeTheQuoteNamesItsSpeaker() {
        let body = """
        “We snuck in at the end but that shows character,” said Rassie Erasmus after the match.

        The contributions of Willie le Roux and Handre Pollard helped immensely, revealed Erasmus.

        “This is how you learn what a guy is made of. There are other examples.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Rassie Erasmus", "Rassie Erasmus"])
    }

    func testADescribedSubjectBeforeALongRelativeClauseIsTheLastPersonNamed() {
        let body = """
        Former chief minister Hemant Soren addressed party workers on Saturday.

        The leader, who was granted bail in the land scam case by the Jharkhand High Court last week, said that truth cannot be hidden by anyone, “it comes out sooner or later”.
        """
        XCTAssertEqual(ruleSpeakers(body), ["Hemant Soren"])
    }

    func testARelativeClauseBeforeAVerbPhraseHoldsNoSubject() {
        let body = """
        “The intention of the remark is clear,” presidential secretary Kim Dong-ho said.

        The secretary, who accompanied President Moon Jae-in on his weeklong trip to India, went on to say, “The president can forgo a summit if it is arranged as a political event.”
        """
        XCTAssertEqual(ruleSpeakers(body), ["Kim Dong-ho", "Kim Dong-ho"])
    }
}
