import XCTest
@testable import NewsmillCore

final class LanguageDetectorTests: XCTestCase {
    func testLatinScriptLanguages() {
        let samples: [(String, String)] = [
            ("en", "The council said on Tuesday that the bridge would be rebuilt, and that work was expected to start in the spring after the floods."),
            ("de", "Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss wieder aufgebaut wird, und die Arbeiten sollen im Frühjahr beginnen."),
            ("fr", "Le conseil municipal a décidé mardi que le vieux pont sur la rivière sera reconstruit, et les travaux doivent commencer au printemps."),
            ("es", "El ayuntamiento decidió el martes que el viejo puente sobre el río será reconstruido, y las obras comenzarán en la primavera con los fondos del estado."),
            ("it", "Il consiglio comunale ha deciso martedì che il vecchio ponte sul fiume sarà ricostruito, e i lavori dovrebbero iniziare in primavera con il sostegno della regione."),
            ("pt", "A câmara municipal decidiu na terça-feira que a velha ponte sobre o rio será reconstruída, e as obras devem começar na primavera com o apoio do governo."),
            ("nl", "De gemeenteraad heeft dinsdag besloten dat de oude brug over de rivier wordt herbouwd, en de werkzaamheden zullen in het voorjaar beginnen."),
            ("sv", "Kommunfullmäktige beslutade på tisdagen att den gamla bron över ån ska byggas upp igen, och arbetet ska inte börja förrän i vår när det är torrt."),
            ("da", "Byrådet besluttede tirsdag, at den gamle bro over åen skal genopbygges, og arbejdet skal efter planen begynde til foråret, men det er ikke sikkert hvad det koster."),
            ("no", "Bystyret vedtok tirsdag at den gamle brua over elva skal bygges opp igjen, og arbeidet skal etter planen starte til våren, men det er ikke sikkert hva det koster."),
            ("pl", "Rada miasta zdecydowała we wtorek, że stary most na rzece zostanie odbudowany, a prace mają się rozpocząć wiosną, jak tylko będzie to możliwe."),
        ]
        for (expected, text) in samples {
            XCTAssertEqual(LanguageDetector.detect(text), expected, text)
        }
    }

    func testScripts() {
        XCTAssertEqual(LanguageDetector.detect("Городской совет во вторник решил восстановить старый мост через реку."), "ru")
        XCTAssertEqual(LanguageDetector.detect("北京市政府宣布，新建的公共图书馆正式向市民开放。"), "zh")
        XCTAssertEqual(LanguageDetector.detect("東京都は新しい中央図書館を開館したと発表した。"), "ja")
        XCTAssertEqual(LanguageDetector.detect("서울시는 새로운 도서관을 개관했다고 발표했다."), "ko")
        XCTAssertEqual(LanguageDetector.detect("أعلنت البلدية افتتاح مكتبة جديدة في وسط المدينة"), "ar")
        XCTAssertEqual(LanguageDetector.detect("Το δημοτικό συμβούλιο αποφάσισε την ανακατασκευή της γέφυρας."), "el")
        XCTAssertEqual(LanguageDetector.detect("מועצת העיר החליטה לבנות מחדש את הגשר הישן"), "he")
        XCTAssertEqual(LanguageDetector.detect("สภาเมืองตัดสินใจสร้างสะพานเก่าขึ้นใหม่"), "th")
    }

    func testUnsureIsNil() {
        XCTAssertNil(LanguageDetector.detect(""))
        XCTAssertNil(LanguageDetector.detect("Hello"))
        XCTAssertNil(LanguageDetector.detect("12345 67890 !!!"))
        XCTAssertNil(LanguageDetector.detect("Zyx qwv brrk plonk fnord"))
    }

    func testNormalize() {
        XCTAssertEqual(LanguageDetector.normalize("en-US"), "en")
        XCTAssertEqual(LanguageDetector.normalize("PT_br"), "pt")
        XCTAssertEqual(LanguageDetector.normalize("nb"), "no")
        XCTAssertEqual(LanguageDetector.normalize("deu"), "de")
        XCTAssertNil(LanguageDetector.normalize("english"))
        XCTAssertNil(LanguageDetector.normalize(""))
    }
}

/// CLD2 through the CCLD2 shim: languages the word method does not know, and its code mapping.
final class LanguageDetectorStatisticalTests: XCTestCase {
    func testLanguagesBeyondTheStopWordTable() {
        let samples: [(String, String)] = [
            ("fi", "Kaupunginvaltuusto päätti tiistaina, että joen yli kulkeva vanha silta rakennetaan uudelleen, ja työt on tarkoitus aloittaa keväällä, kun rahoitus on varmistunut ja suunnitelmat on hyväksytty."),
            ("tr", "Belediye meclisi salı günü nehrin üzerindeki eski köprünün yeniden inşa edilmesine karar verdi ve çalışmaların ilkbaharda, finansman sağlandıktan sonra başlaması bekleniyor."),
            ("hu", "A városi tanács kedden úgy döntött, hogy a folyó feletti régi hidat újjáépítik, és a munkálatok tavasszal kezdődnek, amint a finanszírozás rendelkezésre áll és a terveket jóváhagyták."),
            ("cs", "Městská rada v úterý rozhodla, že starý most přes řeku bude znovu postaven a práce by měly začít na jaře, jakmile bude zajištěno financování a schváleny plány."),
            ("ro", "Consiliul local a decis marți ca vechiul pod peste râu să fie reconstruit, iar lucrările ar urma să înceapă în primăvară, după ce finanțarea va fi asigurată și planurile aprobate."),
            ("id", "Dewan kota memutuskan pada hari Selasa bahwa jembatan tua di atas sungai akan dibangun kembali, dan pekerjaan diharapkan dimulai pada musim semi setelah dana tersedia dan rencana disetujui."),
            ("uk", "Міська рада у вівторок вирішила відбудувати старий міст через річку, і роботи мають розпочатися навесні, щойно буде забезпечено фінансування та затверджено плани."),
        ]
        for (expected, text) in samples {
            XCTAssertEqual(LanguageDetector.detectStatistically(text), expected, text)
            XCTAssertEqual(LanguageDetector.detect(text), expected, text)
        }
    }

    func testEnglishProseAroundForeignNamesOrQuotationsStaysEnglish() {
        // CLD2 reads letter sequences: a list of Welsh ward names, or quotations in Tagalog, can outweigh the
        // English around them; English function words cannot come from names or quotations.
        let wards = """
        Plans to cut the number of councillors in the county will disadvantage valley communities, councillors warned.
        The boundary commission says the number of councillors on the council should be cut from 64 to 58, and it has \
        given the local authority the chance to do its own review before it makes any conclusions. At a full council \
        meeting on Wednesday, the majority of councillors voted in favour of the changes, but 19 of them objected.
        The following wards are all affected: Blaengwrach, Bryncoch, Cwmllynfell, Glyncorrwg, Glynneath, \
        Gwaun-Cae-Gurwen, Gwynfi, Llanddewi Brefi, Pontrhydfendigaid, Ystradgynlais, Ystalyfera, Cwmgwrach, \
        Ynysybwl, Llanfihangel-yng-Ngwynfa, Penrhyndeudraeth, Llanrhaeadr-ym-Mochnant, Cwmllynfell and Trebanos.
        """
        let quoted = """
        The welfare secretary said on Tuesday that relief would continue for the families affected by the storm.
        “Ang instruction ng Pangulo dapat lahat ng naapektuhan, walang magugutom kaya tuloy-tuloy ang suporta ng \
        pagkain sa ating mga pamilya,” he said. “Hindi po kami titigil hangga't may nangangailangan ng tulong sa \
        ating mga kababayan sa mga evacuation center,” he added.
        """
        for text in [wards, quoted] {
            let statistical = LanguageDetector.detectStatistically(text)
            XCTAssertNotNil(statistical, text)
            XCTAssertNotEqual(statistical, "en", "the case this rule is for: CLD2 alone names another language")
            XCTAssertEqual(LanguageDetector.detect(text), "en", text)
        }
        // Text in those languages stays theirs.
        XCTAssertEqual(LanguageDetector.detect("Mae'r cyngor wedi penderfynu y bydd yr hen bont dros yr afon yn cael ei hailadeiladu, ac mae disgwyl i'r gwaith ddechrau yn y gwanwyn pan fydd yr arian wedi ei sicrhau."), "cy")
        XCTAssertEqual(LanguageDetector.detect("Sinabi ng kalihim noong Martes na magpapatuloy ang tulong para sa mga pamilyang naapektuhan ng bagyo at ng habagat sa buong bansa, ayon sa ahensiya."), "tl")
    }

    func testUnreliableOrUnknownGivesNoStatisticalAnswer() {
        XCTAssertNil(LanguageDetector.detectStatistically(""))
        XCTAssertNil(LanguageDetector.detectStatistically("12345 67890 !!!"))
    }

    func testCLD2CodesMapToISO6391() {
        XCTAssertEqual(LanguageDetector.cld2Code("zh-Hant"), "zh")
        XCTAssertEqual(LanguageDetector.cld2Code("iw"), "he")
        XCTAssertEqual(LanguageDetector.cld2Code("in"), "id")
        XCTAssertEqual(LanguageDetector.cld2Code("en"), "en")
        XCTAssertNil(LanguageDetector.cld2Code("un"))
        XCTAssertNil(LanguageDetector.cld2Code("xx-Qaai"))
    }

    func testAStringCutInsideAMultibyteLetterStaysValid() {
        let long = String(repeating: "Städtische Brücken über Flüsse werden im Frühjahr erneuert. ", count: 400)
        XCTAssertEqual(LanguageDetector.detect(long), "de")
    }
}
