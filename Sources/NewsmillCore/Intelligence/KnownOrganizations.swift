/// Well-known organisations and news outlets by name (lowercase, "|"-separated), typed as organisations
/// wherever they appear: the teams of the four North American major leagues (city and nickname, and the
/// nicknames that are not also common words, demonyms or names), major football clubs, sports bodies,
/// large companies and platforms, governments' agencies and international bodies, political parties,
/// NGOs and universities known by one word, and news outlets. Written by hand from general knowledge
/// (2026-12-05), not from the gold set's articles; names that are also common words, places or given names
/// ("Target", "Delta", "Chelsea", "Liverpool", "Ford", "Heat") are left out, as the context rules type them.
enum KnownOrganizations {
    /// Organisations that are not news outlets.
    static let organizations = """
        49ers|76ers|aam aadmi party|aap|ab inbev|ac milan|acc|aclu|adidas|adobe|aeroflot|afc|afd
        african national congress|air canada|air france|air india|airbnb|airbus|airtel|ajax|al ahly
        al-shabaab|alaska airlines|alibaba|all progressives congress|alphabet|amd|american airlines
        american express|amtrak|anaheim ducks|anc|anheuser-busch|apc|aramco|arizona cardinals
        arizona coyotes|arizona diamondbacks|arsenal|as roma|aston villa|astrazeneca|astros|at&t|atf
        athletic bilbao|atlanta braves|atlanta falcons|atlanta hawks|atletico madrid|atlético madrid|atp
        audi|baidu|baltimore orioles|baltimore ravens|bank of america|bank of england|bank of japan|barca
        barclays|bayer|bayer ag|bayer leverkusen|bayern munich|bayern münchen|bcci|benfica|bengals
        berkshire hathaway|besiktas|bharatiya janata party|bharti airtel|big 12|big ten
        bill & melinda gates foundation|bjp|blackhawks|blackrock|blazers|blue and white|blue jackets
        blue jays|blue origin|bmw|boca juniors|boeing|booking.com|borussia dortmund|boston bruins
        boston celtics|boston red sox|bp|brewers|brexit party|brighton & hove albion|british airways
        broadcom|broncos|brookings|brookings institution|brooklyn nets|bruins|buccaneers|bucks|buffalo bills
        buffalo sabres|bundesliga|bundeswehr|burger king|byju's|bytedance|caf|calgary flames|caltech
        canadiens|canucks|carolina hurricanes|carolina panthers|cathay pacific|cato institute|cavaliers|cavs
        cbp|ccp|cdc|cdu|celtics|centers for disease control and prevention|champions league
        charlotte hornets|chatham house|chevron|chicago bears|chicago blackhawks|chicago bulls|chicago cubs
        chicago white sox|chinese communist party|chrysler|cincinnati bengals|cincinnati reds|cisco|citibank
        citigroup|cleveland browns|cleveland cavaliers|cleveland guardians|cleveland indians|clippers
        coca-cola|colorado avalanche|colorado rockies|colts|columbus blue jackets|comcast|communist party
        concacaf|conmebol|conservative party|costco|council on foreign relations|cowboys|credit suisse
        crystal palace|csu|cubs|customs and border protection|cvs|daesh|daimler|dallas cowboys
        dallas mavericks|dallas stars|dangote|dea|deepmind|defense department|delta air lines
        democratic party|denver broncos|denver nuggets|department of defense|department of homeland security
        department of justice|detroit lions|detroit pistons|detroit red wings|detroit tigers|deutsche bank
        dhl|dhs|diageo|diamondbacks|discord|disney|disney+|dnc|doctors without borders|dodgers|doj|dropbox
        dup|dynamo kyiv|easyjet|ebay|ecb|edmonton oilers|electoral commission|emirates airline|ennahda
        environmental protection agency|epa|ericsson|etihad|eton|etsy|europa league|european central bank
        european commission|european council|european court of human rights|european parliament|expedia
        exxon|exxon mobil|exxonmobil|faa|falcons|fannie mae|fc barcelona|fc porto|fcc|fda|federal reserve
        fedex|fema|fenerbahce|feyenoord|fiat chrysler|fiba|fidesz|fifa|fitbit|fitch|fitch ratings
        five star movement|flamengo|flipkart|florida panthers|food and drug administration
        football association|formula 1|formula one|foxconn|freddie mac|fsb|ftc|g20|g7|galatasaray|gallup
        garda síochána|an garda síochána|gardaí|gardai|garmin|gates foundation|gazprom|gchq|ge|general assembly|general dynamics|general electric
        general motors|github|glasgow rangers|glaxosmithkline|gm|gojek|golden knights|golden state warriors
        goldman sachs|gop|gopro|green bay packers|greenpeace|grizzlies|groupon|gru|gsk|gucci|h&m|harvard|hbo
        heineken|heritage foundation|hewlett-packard|hilton|hitachi|home depot|honda|house of commons
        house of lords|houston astros|houston rockets|houston texans|houthis|hp|hsbc|hts|huawei|hyundai|iaea
        ibm|icc|icj|icrc|idf|ikea|immigration and customs enforcement|indian national congress
        indiana pacers|indianapolis colts|indycar|infosys|instagram|intel|inter miami|inter milan
        international court of justice|international criminal court|international monetary fund
        international olympic committee|internazionale|ioc|ipcc|ipsos|irgc|irs|isil|islamic state
        israel defense forces|itf|jacksonville jaguars|jaguars|jetblue|jio|johns hopkins|johnson & johnson
        joint chiefs of staff|jp morgan|jpmorgan|jpmorgan chase|jumia|justice department|juul|juve|juventus
        kakao|kansas city chiefs|kansas city royals|kfc|kgb|kia|klm|kmt|knicks|kroger|kuomintang
        kurdistan workers' party|la galaxy|la liga|la république en marche|labour party|lakers
        las vegas raiders|law and justice|ldp|leeds united|leicester city|lenovo|lg|lg electronics|lib dems
        liberal democratic party|liberal democrats|ligue 1|likud|linkedin|lockheed martin
        london stock exchange|los angeles angels|los angeles chargers|los angeles clippers
        los angeles dodgers|los angeles kings|los angeles lakers|los angeles rams|louis vuitton|lowe's|lpga
        lufthansa|lvmh|lyft|mamelodi sundowns|man city|man united|man utd|manchester city|manchester united
        maple leafs|marine corps|mariners|marlins|marriott|mastercard|mavericks|mavs|mcdonald's
        memphis grizzlies|mercedes-benz|merck|metropolitan police|mets|mi5|mi6|miami dolphins|miami heat
        miami marlins|micron|milwaukee brewers|milwaukee bucks|minnesota timberwolves|minnesota twins
        minnesota vikings|minnesota wild|mit|mitsubishi|mlb|mls|moderna|monsanto|montreal canadiens|moody's
        morgan stanley|mossad|mozilla|msf|mtn|médecins sans frontières|naacp|nascar|nasdaq
        nashville predators|naspers|national guard|national rally|national rifle association|naver|nba
        nbcuniversal|ncaa|nestle|nestlé|netflix|new england patriots|new jersey devils|new orleans pelicans
        new orleans saints|new york giants|new york islanders|new york jets|new york knicks|new york mets
        new york rangers|new york stock exchange|new york yankees|newcastle united|nfc|nfl|nhl|nhs|nih|nike
        nikon|niners|nissan|noaa|nokia|northrop grumman|norwich city|nottingham forest|novartis|nra|nsf|ntsb
        nuggets|nvidia|nyse|nyu|oakland athletics|oakland raiders|ofcom|ofgem|oilers|oklahoma city thunder
        olympique de marseille|olympique lyonnais|openai|oracle|orioles|orlando magic|ottawa senators|oxfam
        pac-12|pacers|packers|padres|panasonic|paramount|paris saint-germain|patriots|paypal|paytm|pdp
        pelicans|peloton|people's bank of china|people's liberation army|peoples democratic party|pepsi
        pepsico|petrobras|peugeot|pew research center|pfizer|pga|pga tour|philadelphia 76ers
        philadelphia eagles|philadelphia flyers|philadelphia phillies|philips|phillies|phoenix suns
        pinterest|pistons|pittsburgh penguins|pittsburgh pirates|pittsburgh steelers|pla|planned parenthood
        pml-n|podemos|porsche|portland trail blazers|premier league|princeton university|procter & gamble
        psg|psv eindhoven|purdue pharma|qantas|qatar airways|qualcomm|rakuten|rand corporation|raptors
        ravens|raytheon|rb leipzig|real madrid|real sociedad|red cross|red sox|red wings|reddit|redskins
        refinitiv|reliance|reliance industries|renault|republican party|reserve bank of india
        revolutionary guards|rfu|river plate|rnc|roche|rosneft|royal dutch shell|ryanair|s&p global|sabres
        sacramento kings|safaricom|salesforce|samsung|san antonio spurs|san diego chargers|san diego padres
        san francisco 49ers|san francisco giants|san jose sharks|sanofi|saudi aramco|save the children
        schalke|scotland yard|scottish national party|sdf|seahawks|seattle kraken|seattle mariners
        seattle seahawks|sec|secret service|securities and exchange commission|security council|serie a
        shakhtar donetsk|sheffield united|shin bet|shopify|siemens|sierra club|singapore airlines|sinn fein
        sinn féin|sixers|sk hynix|snapchat|snp|softbank|sony|sony music|sorbonne|southwest airlines|spacex
        spd|spirit airlines|sporting cp|sporting lisbon|spotify|spurs|ssc napoli|st. louis blues
        st. louis cardinals|st. louis rams|standard & poor's|stanford|starbucks|steelers|stellantis|syriza
        t-mobile|tampa bay buccaneers|tampa bay lightning|tampa bay rays|tata|tata motors|team usa|tencent
        tennessee titans|tesla|texas instruments|texas rangers|tiktok|timberwolves|tories|toronto blue jays
        toronto maple leafs|toronto raptors|toshiba|tottenham hotspur|toyota|trail blazers
        transparency international|treasury department|tripadvisor|tsa|tsmc|tumblr|turkish airlines|twitch
        u.s. air force|u.s. army|u.s. navy|uber|ubs|ucla|uefa|ufc|ukip|un security council|under armour
        unfccc|unhcr|unilever|united airlines|universal music|unrwa|us air force|us army|us navy|usada|usda
        usoc|utah jazz|vancouver canucks|vegas golden knights|verizon|viacom|viacomcbs|vodafone|volkswagen
        volvo|vw|wada|walgreens|walmart|walt disney|walt disney co.|warner bros|warner bros.|warnermedia
        warriors|washington capitals|washington commanders|washington nationals|washington redskins
        washington wizards|wayfair|wef|wells fargo|west ham|west ham united|wework|wfp|whatsapp|white sox
        wikileaks|wikipedia|winnipeg jets|wipro|wnba|wolverhampton wanderers|world anti-doping agency
        world economic forum|world food programme|world health organization|world rugby
        world trade organization|wta|wwe|wwf|xiaomi|yahoo|yale|yankees|yougov|youtube|ypg|zanu-pf|zara
        zenit st. petersburg
        awami league|bangladesh nationalist party|bnp|jatiya party|jatiya sangsad|lok sabha|rajya sabha
        trinamool congress|tmc|shiv sena|samajwadi party|bahujan samaj party|janata dal|dmk|aiadmk
        nationalist congress party|pakistan peoples party|pml-n|pakistan tehreek-e-insaf|pti|jamaat-e-islami
        dáil|dail|dáil éireann|dail eireann|seanad|oireachtas|fine gael|fianna fáil|fianna fail
        bundesrat|sejm|riksdag|storting|folketing|eduskunta|verkhovna rada|majlis|knesset|duma|state duma
        national people's congress|legislative yuan|jubilee party|orange democratic movement|odm
        economic freedom fighters|inkatha freedom party|people's democratic party|labour party|conservative party
        liberal democrats|lib dems|plaid cymru|democratic unionist party|dup|alliance party|sdlp
        new democratic party|bloc québécois|bloc quebecois|united conservative party|likud|yesh atid
        labour|labor|greens|umno|pkr|bersatu|caricom|ecowas|sadc|mercosur|african development bank|afdb
        reggae boyz|black stars|bafana bafana|super eagles|harambee stars|indomitable lions|atlas lions|chipolopolo
        socceroos|matildas|wallabies|all blacks|black ferns|silver ferns|black caps|blackcaps|springboks|proteas
        windies|brave blossoms|kumuls|gilas pilipinas|three lions|les bleus|azzurri|la albiceleste|selecao|seleção
        hibernian|st johnstone|st mirren|dundee united|celtic fc|rangers fc|wolverhampton wanderers|wolves
        """

    /// News outlets (also organisations).
    static let outlets = """
        abc australia|abc news|al-monitor|anadolu|anadolu agency|ani|arab news|ars technica|associated press
        bangkok post|barron's|bild|billboard|bleacher report|boston globe|breitbart|business insider
        buzzfeed|buzzfeed news|c-span|cbc|cbs news|cgtn|channel 4 news|chicago tribune|china daily|cnbc
        cnet|corriere della sera|ctv|daily beast|daily mail|deutsche welle|dw|el pais|el país|engadget|espn
        euronews|evening standard|financial times|fox business|france 24|gizmodo|global times|globe and mail
        gulf news|hindustan times|hollywood reporter|huffington post|huffpost|ians|irish times|itv|itv news
        jakarta post|japan times|jerusalem post|korea herald|la repubblica|la times|le figaro
        los angeles times|mail online|marketwatch|mashable|mother jones|msnbc|national review|nbc news|ndtv
        new york times|new yorker|news corp|news.com.au|nhk|nikkei|nikkei asian review|nz herald|pbs
        people's daily|politifact|premium times|radio free europe|rfe/rl|rolling stone|rt|rté|russia today
        sbs|scmp|sky news|sky sports|snopes|south china morning post|sputnik|straits times
        sydney morning herald|tass news agency|techcrunch|times of india|times of israel|tmz|toronto star
        vice news|voa|voice of america|wall street journal|washington post|wsj|yahoo finance|yahoo news
        yahoo sports|yonhap news agency
        """

    /// The names of a "|"-separated list.
    static func names(of list: String) -> [String] {
        list.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
