/// Given names common outside the United States, which the US name lists (`USNameLists`) miss or
/// hold only without their accents: Spanish and Portuguese, French, Italian, German and Dutch, Nordic,
/// Slavic, Greek, Turkish, Arabic and Persian, South Asian, East and South-East Asian, Irish and African
/// names. Written by hand from general knowledge (2026-12-05; more South Asian, West, East and Southern
/// African, Japanese and South-East Asian names later that day; Bangladeshi and Zimbabwean names and "Amir"
/// on 2026-12-06, and later that day Irish, Caucasian, Central Asian, Baltic, Bosnian and Serbian, Sri Lankan
/// and Nepali names; Somali names and Arabic compounds of "Abd" on 2026-12-07, and Malay names and the royal
/// "Tengku"/"Tunku", which Malaysian papers write as part of the name, in a later session); names that are also common English words, places, titles or mostly surnames are left
/// out, but for "Paddy", in news far more often Pádraig than a rice field.
/// Lowercase, separated by spaces.
enum WorldGivenNames {
    static let names = """
        josé maría jesús andrés nicolás sebastián martín tomás ramón joaquín héctor iván álvaro sergio
        rodrigo gonzalo alejandro fernando santiago mateo matías lucía sofía valentina camila agustín
        ignacio emilio felipe gustavo mauricio arturo jair ciro sérgio joão paulo luís luiz
        marcelo rafael thiago vinícius neymar cristiano renata fernanda gabriela mariana beatriz inês
        gonçalo rui duarte
        emmanuel françois jean jean-luc jean-marc jean-pierre jean-claude jacques pierre olivier nicolas
        sébastien jérôme benoît stéphane thierry didier hervé antoine mathieu amélie céline hélène élodie
        ségolène marine brigitte édouard bruno gérard
        giuseppe matteo giorgio giovanni lorenzo alessandro francesco luigi silvio sergio enrico massimo
        carlo paolo roberto stefano gianluca federica chiara giulia francesca ilaria
        olaf angela horst jürgen wolfgang heiko jens annegret ursula friedrich günter björn sven kai
        markus lukas jonas florian tobias stefan dirk frank-walter sigmar
        lars anders magnus henrik nils kjell stefan erna jonas mette sanna jacinda
        vladimir dmitry dmitri sergei sergey alexei aleksei mikhail nikolai yevgeny evgeny andrei andriy
        volodymyr petro yulia yuliya viktor oleksandr svetlana natalia tatiana olga irina anatoly
        igor ivan ilya kirill maxim pavel vitaly vladislav aleksandar slobodan zoran milorad
        andrzej mateusz jarosław lech wojciech zbigniew tomasz katarzyna agnieszka
        miloš novak goran dragan nebojša luka marko nikola
        alexis kyriakos yanis andreas konstantinos dimitris nikos georgios
        recep mehmet mustafa ahmet kemal ekrem binali mevlüt hulusi selahattin bülent ergin
        mohammed mohammad muhammad mohamed muhammadu ahmed ahmad mahmoud mahmud ali hassan hasan hussein
        husain omar umar khalid khaled abdullah abdel abdul abdulaziz abdelaziz abdulrahman abdullahi
        ibrahim ismail yusuf youssef yousef tamim hamad salman faisal fahd mansour nasser saad
        saeed walid waleed tariq rashid hamid jalal karim kareem nabil samir sami bashar hafez
        hosni anwar gamal jamal raed marwan ayman osama usama zayed
        javad hassan mahmoud mohsen qassem qasem ebrahim ruhollah akbar reza hossein masoud mojtaba
        narendra rahul sonia priyanka amit arvind nitish yogi mamata uddhav sharad lalu akhilesh mayawati
        sachin virat rohit mahendra sourav anil sunil rajesh rakesh suresh ramesh mukesh anand ashok
        vijay sanjay ajay manoj pranab manmohan shashi smriti nirmala piyush jaishankar subrahmanyam
        imran nawaz shehbaz bilawal asif benazir pervez shahid shoaib babar hasina khaleda
        gotabaya mahinda ranil sajith
        shinzo yoshihide fumio taro haruki naomi kei yuki hiroshi takeshi akira kenji satoshi yoko
        joko prabowo mahathir anwar najib rodrigo ferdinand imelda
        prayuth thaksin yingluck
        cyril thabo uhuru raila yoweri
        muhammadu goodluck olusegun atiku bola yemi babajide nnamdi chinua wole ngozi
        abiy isaias salva riek hage emmerson
        macky alassane félix denis faure idriss mahamat
        kofi kwame nana
        deepika aishwarya priya pooja neha anjali kavita sunita anita rekha shilpa shreya divya swati nisha ritu
        meena lakshmi padma geeta sita radha asha usha jyoti preeti kiran sneha tanvi ananya aditi abhishek
        aamir akshay ranveer ranbir shahrukh hrithik saif varun karan arjun vikram vivek siddharth aditya ashwin
        rajiv sanjiv naveen praveen pradeep sandeep kuldeep jaspreet harbhajan gurpreet manpreet navjot yuvraj
        shikhar ishant hardik ravindra ajinkya cheteshwar mithali jhulan harmanpreet nitin devendra yogendra
        shivraj kamal venkaiah jagan chandrababu pinarayi siddaramaiah basavaraj ramiz shaheen shadab fakhar
        mohsin najam shahryar misbah younis inzamam wasim waqar fawad sarfaraz azhar asad ahsan hammad kashif
        nadeem naveed sohail tahir zafar zahid zubair mashrafe shakib mushfiqur mahmudullah mustafizur ziaur
        kumar arif aslam ashraf farooq ghulam iqbal javed junaid khurram maqsood mushtaq parvez qamar rizwan
        salim shafiq tanveer wajid yasir zulfiqar chukwuemeka chinedu chidi emeka ikenna obinna uche adaeze
        chiamaka amaka nkechi ifeoma oluwaseun olumide oluwatobi tunde tolu funmi yetunde folake kehinde taiwo
        babatunde adebayo adewale adeola ayodele femi segun kunle jide dapo gbenga wale biodun kwabena kwaku
        kojo kwesi akosua adwoa efua abena ekow wanjiku wambui njeri nyambura
        achieng akinyi atieno kiprotich kiprono sipho themba bongani sibusiso
        mandla lwazi nomvula nompumelelo thandiwe zanele zodwa lindiwe matamela fikile siya eben handre faf
        makazole tendai tatenda farai chipo rudo nyasha haile tewodros abebe tigist meseret genzebe almaz
        kenenisa haruto sota yuto riku hinata takumi kaito daiki shota ryota kenta yusuke naoki masato hiroko
        keiko yumiko naoko akiko michiko sachiko kumiko mariko noriko min-ho ji-hoon seo-yeon ji-woo jinping
        keqiang jiabao jintao tuan phuong linh thao bongbong leni manny risa ronaldo bam-bam megawati
        susilo puan ganjar anies ridwan muhyiddin sabri tharman
        amir md towhid tawhid liton azizul aminul saiful mizanur habibur rafiqul shafiqul mahbub mahbubul
        atiqul atiq ashraful shahidul rezaul nazrul mominul mahmudul shariful tariqul anisul obaidul
        lovemore tinashe tafadzwa tapiwa kudakwashe nyashadzashe bienvenu sinoxolo
        paddy pádraig ciarán siobhán cathal dónal fergal sinéad gráinne grainne máiréad diarmuid róisín clodagh
        éamon mícheál
        giorgi irakli zurab tornike mikheil ketevan eka gagik serzh elnur nursultan kassym-jomart askar bauyrzhan
        shavkat emomali sadyr almazbek kairat yerlan algirdas gitanas ingrida arvydas kersti toomas jüri krišjānis
        krisjanis artūrs arturs egils jānis valdis raimonds bajro rajko zeljko željko dusko duško mladen lasith
        mahela dasun wanindu kusal dimuth chamari niroshan namal hobindra pushpa prachanda bidya gagan
        abdulkadir abdikadir abdirahman abdullahi abdirashid abdiaziz abdiweli abdinasir abdirizak abdisalam
        abdikarim abdiqani abdulaziz abdulrahman abdulrahim abdulkarim abdelaziz abdelkader abdelfattah
        abdulhamid abdulmalik abdulwahab abdulsalam mohamud maxamed cabdi fartun hodan ilhan fadumo khwaja
        tengku tunku syed sharifah zafrul aziz azmin rafizi saifuddin hishammuddin khairy nurul mohandas salil
        """
}
