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
