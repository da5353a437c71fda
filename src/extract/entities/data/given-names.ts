/**
 * First names of many languages, lower case, Latin script: the person first-name lists of the
 * @faker-js/faker 10.6.0 locales (MIT licence, Copyright (c) 2022-2025 Faker)
 * en, en_GB, en_IN, en_NG, en_GH, en_ZA, es, es_MX, pt_BR, pt_PT, fr, fr_BE, fr_SN, it, de, nl, pl, ro, tr, az, id_ID, yo_NG, hr, cs_CZ, sk, hu, sv, da, fi,
 * with the accent-free twin of each accented name. Written by `npm run data:given-names`
 * (scripts/given-names.mjs); do not edit. Which of them may open a person's name is decided in
 * entities/given-names.ts.
 */
export const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand aanandaswarup aanandinii
aanjaneya aanuoluwapo aaratrika aaron aarya aaryan aarón aasa aasha aashritha aatmaj aatmaja aatreya aayushmaan
aayushman aba abaco abadon abagail abak abaka abakan abakay abani abar abay abayomi abbas abbey abbie abbigail
abbondanza abbondanzio abbondio abby abd abdallah abdel abdelkader abdellah abderrahmane abdiel abdon abdone abdonie
abdou abdoul abdoulaye abdourahmane abdramane abdul abdulla abdullah abe abebi abeiku abel abelard abelardo abele
abelin abeline abena abendam abeni abenzio abhaidev abhaya abhirath abhisyanta abibatou abibo abidin abigael abigaelle
abigail abigale abigayle abigaël abigaëlle abigaïl abigel abigél abimbola abiodun abiola abiona abisola abisoye abluc
abluç abner abondance abosede abou aboubacar aboubakar abraham abrahám abramio abramo abril absalon absar absolon
absolón aby abyasa abélard abı abılay abşar acace acacie acacio acanthe acar acario acaryatanaya accursio ace acela
acelya achaire achalesvara acharyanandana acharyasuta achil achiles achille achim achintya achraf achyut acilia acilio
aciscolo acrisio acuk acun acıg acık acılay ada adah adalan adalard adalardo adalbald adalbaude adalberon adalbert
adalberta adalberto adalbéron adaldı adalfredo adalgisa adalgiso adaline adalmıs adalmış adalric adalrico adalsinde
adam adama adame adamo adan adar adas adaugo adaş adberilgen addie addison addo addolorata ade adebankole adebiyi
adebola adebowale adeboye adebukola adedaramola adedayo adedeji adedoyin adegoke adegrin adegrine adekitan adekola
adekunle adel adela adelaida adelaide adelajda adelardo adelasia adelaïde adelbert adelberto adelchi adele adeleke
adelfo adelgardo adelia adelie adelin adelina adeline adeliya adell adella adelle adelmo adelphe adeltrude adelya adem
aden adenet adenike adeniyi adeodat adeodato adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua
adetayo adetoke adetoun adeyi adheesh adhemar adhiarja adhiraj adhrit adhémar adi adiarja adib adigun adika adikara
adikavi adil adile adin adina adinata adinath aditeya aditya adityanandan adityanandana adja adjutor adlı adlıbeg
adlıbeğ adnan adnân ado adolf adolfa adolfina adolfo adolfína adolph adolphe adolphie adolphus adone adonis adonise
adrain adraman adrastee adrastée adrehilde adria adriaan adrian adriana adrianna adriano adriel adrien adriena
adrienne adrijana adrione adripathi adrián adriána adsız adunni advaya adwitiya adwoa adán adèle adél adéla adélaïde
adélie adéodat adıguzel adıgüzel adık adıkutlu adıkutlutas adıkutlutaş afaq affan afi afia afitap afolarin afonso afra
afro afsar afsin afsın afton afua afşar afşin afşın afəl afərim afət agabay agabio agah agakagan agalak agamennone
agape agapet agapito agasti agastya agata agathange agathe agathon agaton agazio agca agenore agesilao agilbert
agilberte aglae aglaia aglaja aglamıs aglaé agnan agnane agneflete agneflète agnes agnesa agnese agneta agneya
agnieszka agnimitra agniprava agnivesh agnos agnès agostina agostino agrata agripina agrippa agrippin agrippine
agrypina agus agustin agustina agustín agáta agâh ahalya ahenk ahilya ahlem ahmad ahmed ahmet ahsen aiace aicha aida
aidan aidano aiden aidə aileen aimable aime aimee aimone aimé aimée aina aino aisha aishani aissa aissata aissatou
aisyah aiyana ajala ajani ajeet ajeng ajiman ajimat ajimin ajiono ajit ajoke ak akalp akande akanmu akanni akarsana
akas akata akaş akbas akbatur akbay akbaş akboga akboru akboğa akbudak akbugra akbulak akbuğra akbörü akca akcakoca
akcora akdemir akdogan akdoğan ake akeem akif akinkunmi akinlabi akinwale akkun akkunlu akkurt akkus akkuş akofa
akorfa akos akosua akpıra akram akroor aksel akshainie akshaj akshat akshata akshayakeerti akshita aksil aksungur
aktan aktekin aktimur akua akula akumaa akunna akwasi akwesi akça akçakoca akçora akı akıbudak akım akın akıncı akıner
akınçı al ala alaba alaban alaboru alabörü aladag aladağ alade aladino aladogan aladoğan alain alaina alaine alais
alakurt alamanno alambana alamu alan alana alanis alanna alano alarico alassane alayna alayunt alayuntlu alaïs alba
alban albane albano albena alberade alberic alberico albert alberta alberte albertha albertina albertine alberto
albertyna albertýna albin albina albino alboino albrecht albrico albérade albéric albín albína alceo alceste alcibiade
alcide alcidie alcime alcina alcine alcino alcyone alda aldegonde aldemir alden aldo aldobrando aldogan aldonce
aldoğan aldric aldıgerey alea aleandro aleardo aleaume alec aleen alejandra alejandrin alejandro alek aleksandar
aleksander aleksandra aleksi aleksy alemka alen alena alene alenka aleodor aleramo ales aleska alessa alessandra
alessandro alessia alessio aleth aletha alex alexa alexander alexandr alexandra alexandre alexandrea alexandria
alexandrina alexandrine alexandro alexandru alexane alexanne alexe alexej alexia alexie alexine alexis alexys
alexzander aleyna aleš aleška alf alfio alfons alfonsa alfonso alfonz alfonzo alford alfred alfreda alfredo alfréd
alfréda algiso algu ali alia alica alican alice alicia alicja alida alienor aliette alighiero alika alima alin alina
aline aliou alioune alis alisa alisan alisha alisir alison alissa alistair alistar alivia alix alixe aliya aliyah aliz
aliza alize alizee alizé aliénor alişan alişir alka alkaboluk alkabölük alkaevli alkan alkası alkaşı alkıs alkış allan
allegra allen allene alliaume allie allison ally alma almerigo almila almine almira almire almiro alois aloise aloisie
aloisio alojz alojza alojzije alok alon alone alonzo aloys aloyse aloïs aloïse alp alpagut alpamıs alpamış alparsbeg
alparsbeğ alparslan alpata alpay alpaya alpaykagan alpaykağan alpbamsı alpbilge alpdirek alpdogan alpdoğan alper
alperen alpertunga alpgerey alpha alphan alphee alphonse alphonsine alphonso alphée alpike alpilig alpinien alpkara
alpkuluk alpkutlu alpkülük alpsalcı alptegin alptugrul alptunga alpturan alptutuk alptuğrul alpulug alpuluğ alpurungu
alpurungututuk alpyoruk alpyörük alpıs alpış alpşalçı alsu alta altan altankagan altankan altankağan altay altea
altemur althea althee althée altmıskara altmışkara alton altuga altın altınkagan altınkan altınkağan altınoba
altıntamgan altıntamgantarkan altıntarkan altıntay alva alvah alvar alvaro alvena alvera alverede alverta alverède
alviero alvin alvina alvis alvise alwar aly alya alyah alyce alycia alysa alysha alyson alyssa alyssia alysson alzbeta
alícia alíz alımga alžbeta alžběta ama amabela amabile amac amadeo amadeus amadou amady amael amalia amaliane amalie
amalija amalric amalthee amalthée amand amanda amande amandin amandine amando amani amant amante amanzio amar amara
amaranaath amarande amaranthe amaranto amaresh amari amarnath amaryllis amat amata amath amato amatore amauri amaury
amaya amaç amaël ambar amber ambra ambre ambrine ambrogio ambroise ambroisie ambrose ambrosiano ambroz ambrozy ambroży
ambrož ambróz amdy amedee amedeo amedeu amel amelia ameliane amelie amelien ameline amelio amely amelya america
americo amerigo ameth amethyste ameyatma ami amicie amico amid amie amiel amilcare amin amina aminat aminata amine
aminte amintore aminu amir amira amish amiya amleto ammar ammâr amodini amogh amoke amon amone among amope amore amos
amour amparo ampelio amrak amrit amrita amritambu amul amy amya amza amália amálie amát amáta amédée amélia améliane
amélie amélien améthyste ana anaadi anabel anabela anabelle anacleto anae anael anaelle anagh anahi anaida anais anal
anala anamaria anamarija anamika anand ananda anandamayi anang ananta anar anas anasooya anass anastacio anastase
anastasia anastasie anastaz anastazia anastazie anastazija anastazja anastáz anastázia anastázie anasuya anatazie
anatol anatole anatolia anatolie anatázie anatólie anaël anaëlle anaïs anca ancelin anceline anci ancica ancilla ancuk
ancuta ancuța anda andac andarıman andaç andel andela andelin andelina andelko andelo andeol anders anderson andi
andoche andra andrada andras andre andrea andreane andreanne andreas andree andreea andrei andrej andreja andres
andrew andrija andrina andro andromeda andrzej andrás andré andréa andréas andrée andrés andy andzelika andéol anděl
anděla andělín andělína andżelika anemona anemone anes anesa aneta anette anezka anežka angadreme angadrême ange angel
angela angele angelica angelika angelina angeline angelique angelita angelo anggabaya anggun anghel anghelina angie
angilbe angilberte angilran angoustan angus angèle angélina angélique ani ania anibal anica anicee anicet aniceto
anicette anicée aniello anika anil anila anilaabh anilabh anis anise anish anisoara anissa anita aniya aniyah anișoara
anja anjali anjaneya anjolaoluwa anjushree anjushri anka ankal anko ann ann-christin ann-marie anna annabel annabell
annabella annabelle annaelle annagrazia annalena annalise annamae annamaria annamarie annapurna annaëlle anne
anne-laure anne-sophie anneke anneli annelie annemarie annemijn annetta annette anni annibal annibale annie annika
annikki annonciade annunziata anny anom anouar anouck anouk ansaldo ansbert ansberte ansel anselm anselma anselme
anselmo ansgar ansgary anshula ansley ansovino anstrudie ant antal ante antea antek antelmo antero anthelme
anthelmette anthony antide antigone antim antimo antino antioco antoaneta antoine antoinette anton antone antonela
antonella antonello antonetta antonette antoni antonia antonie antonietta antonija antonin antonina antonine antonio
antoniu antony antonín antti antun antwan antwon antónia antónio antônio anuja anunay anuraag anurag anusuya anuta
anuța anwesha anya ançuk anémone anči ančica anđela anđelika anđelina anıl apa apak apatarkan aphelie aphélie apolena
apollina apollinaire apollinare apollinary apolline apollo apollonia appia appoline aprancur aprançur april apsara
apuleio aqil aquilin aquiline aquilino ara arabela arabella arabelle araboga araboğa araceli aracely arademir aral
araldo aram arame aranka aras aratone arbay arbuz arcade arcadie arcadio arch archambaud archan archange archibald
archie archimede archippo arcibaldo arcuk arda ardella arden ardith ardito arduino ardıc ardıç arely aresio areta
argelia argimiro argine argo argono argu argun argıl ari ariadna arialdo arian ariana ariane arianna ariberto aric
aricie arie ariel ariela ariele arielle arif arij arike arina arindam arinola ariosto aris aristarco ariste aristeo
aristid aristide aristione aristita aristița aristo aristofane aristotele arjun arkad arkadiusz arkady arkád arkın
arkıs arkış arlene arleta arlette arlie arlo armagan arman armance armand armande armandine armando armani armağan
armel armeline armelle armida armide armin armine arminio arna arnac arnaldo arnaud arnaude arnaç arne arnesh arno
arnold arnolda arnoldo arnost arnostka arnould arnošt arnoštka arnulfo arolde aron arona aronne arpad arpat arpád
arrigo arsal arsen arsene arsenie arseniusz arsinoe arsinoé arsipatra arslan arslanargun arslanboru arslanbörü
arslansungur arslantegin arslanyabgu arsun arsène arsènie arsıl art arta artanto artawan artemis artemisa arthaud
artheme arthur arthurine arthus arthème arto artuk artukac artukaç artur arturo artus artut artuš artémis artıınal
aruk arun aruna arunthavanathan arved arvel arvid arvilla arwa arwen arya aryan aryanna arystarch arzen arçuk arı
arıboga arıboğa arık arıkagan arıkağan arıkdoruk arın arınc arınç arşun asa asake asan asanboga asantudun asantugrul
asartegin ascanio ascelin asceline ascension asdrubale asel asella asha ashlee ashleigh ashlesh ashley ashly ashlynn
ashok ashton ashtyn asia asija asil asimodeo asirwada asirwanda asiya asja askın aslesha aslijan aslım asma asmaa
asmadi asman asmianto asmuni asrı assa assetou assia assil assomption assunta assunto assya asta astalogul astarte
astarté asterie asterio astianatte astou astree astrid astrida astride astrée astérie asuela asug asuk asuğ aswani
asya asıg asıkbulmus asım asığ ata atac atakagan atakan atakağan atalan atalay ataldı ataleo atalmıs atalmış ataman
atanas atanasia atanasio atanazie atanazy atanázie atanáš atasagun atasu ataullah ataç atberilgen atena athalie
athanase athanasie athena athenais athenaïs athina athos athéna athénaïs atila atilla atinuke atlı atlıbeg atlıbeğ
atlıkagan atlıkağan atma atmaca atmaja atmanand atmananda atreyee atreyi atsız atta attila attilano attilio atuncu
atunçu atâullah atıf atıgay atıkutlu atıkutlutas atıkutlutaş atıla atılgan atım atımer atıs atış aube aubertine
auberto aubin aubree aubrey aubry audace aude audebert audeline audie audouin audra audran audreanne audrey august
augusta auguste augustin augustina augustine augusto augustus augustyn augustyna augustín augustýn augustýna aulia
aura aure aurea aurel aurele aurelia aurelian aureliana aureliano aurelie aurelien aurelienne aurelio aurelián aurelle
aurian auriane aurica aurică auro aurora aurore aurèle aurélia aurélie aurélien aurélienne ausilia ausiliatrice
ausilio austen austin austyn autumn auxane auxence ava avadhesh avani avantika avar ave aveline averardo avery avi
aviel avigaelle avigaëlle avis avital avluc avluç avni avoye avram avril avsar avşar awa awero awesi axel axeline
axelle axinte ay aya ayaan ayacı ayah ayan ayana ayas ayaz ayaçı ayaş aybalta ayban aybars aybeg aybeğ aydan
aydarkagan aydarkağan aydemir ayden aydogan aydogdu aydogmus aydoğan aydoğdu aydoğmuş aydın aydınalp ayebatari ayem
aygul aygun aygül aygün aygırak ayhan ayinde ayinke aykagan aykal aykan aykağan aykurt aykut ayla aylan ayleen aylin
ayline ayluc ayluctarkan ayluç ayluçtarkan ayma ayman aymane aymard aymardine aymen aymeric aymon aymonde aynur
ayodeji ayodele ayoka ayomide ayomikun ayotude ayoub ayren ayruk aysar ayse aysıl aysılıg aysılığ aytac aytak aytaç
aytekin aytug aytuğ aytən ayu ayushmati ayvaz ayyıldız ayıtmıs ayıtmış ayız ayızdag ayızdağ ayşıl aza azak azalea
azalee azalée azban azeglio azelia azelie azeline azelio azer azgan azganaz aziz azizhan azmi azra azubuike azzurra
azélie azıl açela açelya açuk açık açılay açığ aïcha aïda aïdan aïna aïsha aïssa aïssata aïssatou ağabay ağakağan
ağalak ağlamış ağça aşan aşanboğa aşantudun aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş baaba baala baalaaditya
baalagopaal baba babacan babacar babasola babatunji babawale babeta babette babila babur baby babır bacara baccayman
bacco bacman badabul bade badis badr badruk badur bafode baga bagaalp bagan bagas bagasatulu bagatarkan
bagatengrikagan bagatur bagaturcigsi bagaturgerey bagaturipi bagatursepi bagaısbara bagdagul bagiya bagtas bagus bagya
bagıs baha bahadır bahar bahia bahri bahtiyar bahula bahuraksa bahuwarna bahuwirya baidehi baijayanti bailee bailey
bajragin bakagul bakary bakağul bakda baki bakiadi bakianto bakidin bakijan bakiman bakiono baksı bakti baktiadi
baktianto baktiono bakula bakır bakırsokum bakşı bala balaaditya balaban balachandra baladitya balagopal balagovind
balaka balakatay balamani balamantri balamır balangga balapati balazs balcar baldassarre balderico baldo baldomero
baldovino baldu baldwin balgopal balidin balijan balint balkık balta baltacı baltar baltazar balthazar baltur baltır
balázs balçar balın bambang bambina bamsı banara banawa banawi bancar bandhu bandhul banel bangu banji bankim
bankimchandra bankole banna banu baptiste bara barak baraktore baraktöre baran barbara barbarigo barbe barbeg barbeğ
barboga barbol barbora barboğa barbro barbu barbulsun barca barcadogdu barcadogmus barcadurdu barcadurmus barcan
barcatoyun bardo bardomiano bardıbay bargan barica baris barkan barkdogdu barkdogmus barkdoğdu barkdoğmuş barkdurdu
barkdurmus barkdurmuş barkın barlas barlıbay barmaklak barmaklı barman barnaba barnabas barnabe barnabás barnabáš
barnabé barney baron barrett barry bars barsaba barsbeg barsbeğ barsboga barsboğa barsgan barsimeo barskan barsurungu
bart barthelemy bartholome barthélemy bartimee bartimée bartolo bartolomea bartolomej bartolomeo bartolomeu bartoloměj
barton bartu barça barçadoğdu barçadoğmuş barçadurdu barçadurmuş barçan barçatoyun barımtay barın barıs barış bas
basademir basak basan basanti basanyalavac basanyalavaç basar basarab basat basbug bascı basgan basil basile basileo
basilia basilio basilisse baskurt baskın baskırt basma basmıl bassiano bassilla bastar bastiaan bastian bastiano
bastien bastugrul bastuğrul bastı basu basut bathilde batilda batrak battal battista batu batuhan batuk batur baturalp
baudouin bay baya bayancar bayankagan bayankağan bayançar bayat bayazıt baybars baybayık baybicen baybiçen bayboga
baybora bayboğa baybure baybüre baydar baydemir baydur baykal baykara baykoca baykuzu baylee baymunke baymünke bayna
baynal baypure baypüre bayrac bayrak bayram bayraç bayruk bayrı bayrın baysungur baytara baytas baytaş bayuncur
bayunçur bayur bayurku bayutmus bayutmuş bayuttu bayık bayıncur bayındır bayınçur bazil bazyli bazır baçara baçman
baççayman bağa bağaalp bağan bağatarkan bağatengrikağan bağatur bağaturgerey bağaturipi bağatursepi bağaturçigşi
bağaışbara bağaşatulu bağdagül bağtaş bağış başak başbuğ başgan başkurt başkırt baştar başçı beata beato beatrice
beatriz beatrycze beatus beau beaulah bebe beceapa beckem becky bedir bedirhan bediz bedran bedreddin bedri bedrich
bedriska bedřich bedřiška beg begarslan begbars begbilgeciksin begboga begcur begdemir begdilli begdurmus begi begil
begine begitutuk begkulu beglen begni begtas begtegin begtuzun behcet behic behiç behlul behlül behram behrem behzat
behçet bek bekazıl bekbekec bekbekeç bekec bekecarslan bekecarslantegin bekectegin beker bekeç bekeçarslan
bekeçarslantegin bekeçtegin bekir beklemis beklemiş bektas bektaş bektur bektür bela belcim belcir belek belemir belgi
belguc belgüc belimir belina belinda bell bella belle bellino belma belo beltir beltramo beltun belçim belçir ben
benadik bence bende bendeguz bendegúz benedek benedetta benedetto benedict benedicte benedikt benedikta benedita
benedykt benett bengi bengt bengu bengü beniamin beniamina beniamino benice benicio benigna benigne benigno benito
benja benjamim benjamin benjamín benjámin benli benlidemir bennet bennett bennie benno benny benoit benone benoît bent
bente benthe bentley benton benvenuta benvenuto benyamin benício bera beranger berangere berard berardo berat berceste
bercin berdibeg berdibeğ berend berendey berengario berenice berenika berginsenge bergu bergü berinay berit berk
berkan berkay berke berkin berkis berkiş berkyaruk bermek bernadetta bernadette bernadine bernard bernarda bernardo
bernd berneice bernhard bernice bernie berniece bernita beronico berran berre berry bert berta bertalan bertha berthe
berti bertille bertold bertolda bertoldo bertolfo bertram bertrand berva beryl berçin besentegin beser besim besir
besra bessie betania betemir beth bethany bethel betina betsy betta bette bettie bettina betty bettye beulah beuve
beverly beya beyizci beyizçi beyrek beyrem beáta beçeapa beçkem beğ beğarslan beğbars beğbilgeçikşin beğboğa beğdemir
beğdilli beğdurmuş beğkulu beğtaş beğtegin beğtüzün beğçur beňadik beşer beşir bhaanumati bhaasvan bhaaswar bhadra
bhadrak bhadraksh bhadran bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj
bhargava bhargavi bhasvan bhaswar bhaumik bhavani bhaves bheeshma bhilangana bhima bhisham bhishma bhoj bhoopat
bhoopati bhooshan bhooshit bhramar bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio bianca
bianka bibi bibiana bibianna bibiano bibiána biborka bice bicek bilal bilel bilge bilgebayuncur bilgebayunçur bilgebeg
bilgebeğ bilgeciksin bilgekagan bilgekan bilgekağan bilgekulucur bilgekutluk bilgekülüçur bilgetacam bilgetamgacı
bilgetardu bilgetaçam bilgetegin bilgetonyukuk bilgez bilgeçikşin bilgeısbara bilgeısbaratamgan bilgeışbara
bilgeışbaratamgan bilgic bilgin bilgiç bilig biligkongulsengun biligköngülsengün bilik bill billie billurə billy bilva
bilwa bilâl binbegi binbeği bindir bindo bineta bino binta bintou birane birdie birgit birgita birgitta birgitte
birino birjesh birol biserka bishnu bivoj biçek bjarne bjorn björn bjørn blahomil blahomila blahomir blahomira
blahomír blahomíra blahoslav blahoslava blair blaise blake blanca blanche blandine blanduzia blanka blaze blazej
blazena blažej blažena bless blessing bo boas boaz bob bobbi bobbie bobby bodhan bodhi bodi boet boga bogac bogacuk
bogdan bogdana bogde boge boglarka boglárka bogu bohdan bohdana bohemond bohuchval bohumil bohumila bohumir bohumira
bohumír bohumíra bohun bohuna bohus bohuse bohuslav bohuslava bohuš bohuše bohémond bojan bojana bojislava bokde boke
bolatito boldaz boldizsar boldizsár bolemir bolemír bolen boleslav boleslava bolmus bolmuş bolsun bolukbası bolun
boluwatife bon bonagiunta bonaldo bonaventura bonavita boncuk bonek bonge bongul bongulboga bongulboğa bonifac
boniface bonifacio bonifác bonita bonito bonnie bora boran borbala borbála borcul borek boris borislav borislava
borivoj borka borko borlukcu borlukçu borna bornak boroka bortecine bortolo boru borubars borusengun borys borçul
boróka botond bouba boubacar boubou bouchard bouchra bowie boyan boyankulu boyd boylabaga boylabagatarkan boylabağa
boylabağatarkan boylakutlutarkan bozan bozboru bozbörü bozdogan bozdoğan bozena bozetech bozetecha bozica bozidar
bozidara bozislav bozkurt bozkus bozkuş bozok boğa boğaç boğaçuk bořek bořislav bořislava bořivoj božena božetěch
božetěcha božica božidar božidara božislav brad braden bradford bradley bradly bradut brady braeden brahim brahma
brahmaanand brahmabrata brahmanandam brahmdev brain brajan brajen brajendra brajesh bram brancaleone brandi brando
brandon brandt brandusa brandy brandyn branimir branimira branimír branimíra branislav branislava branka brankica
brannon branson brant bratislav bratislava braulio braxton brayan breana breanna breanne brenda brendan brenden
brendon brenn brenna brennan brennon breno brent bret bretislav bretislava brett bria briac brian briana brianne brice
bridget bridgette bridie brielle brieuc brigida brigita brigitta brigitte brijesh brionna brisa brit brita britney
britt britt-marie brittany brock broderick brody bronislav bronislava brook brooke brooklyn brooks brown bruce bruna
brune brunehaut brunehilde brunhilda brunilde bruno bruto bryan bryana bryant bryce brycen brygida bryon brájen
brândușa brăduț bucan buchi buck bucur bud budag budak budağ buddhana buddy budhil budi budimir budimír budislav
budivoj budunlu budus budustudun buford bugday bugduz bugduzemen buge bugra bugrakarakagan bugu bugubilge bukak
bukaktutuk bukduz buke bukebuyrac bukebuyruc bukey bukola buktegin bukusboga bulacapan bulah bulak bulan bulaçapan
buldur bulent bulgak bulmaz bulmus bulmuş buluc bulug buluk bulus bulut buluç buluğ buluş bumen bumın bunmi bunsuz
bunul bunyamin burak burcak burdette bure burgucan burgut burguçan burhan burkay burkek burkut burley burluk burnice
burslan burulday burulgu burunduk burçak busayo buster busulgan butak butuk buyan buyancuk buyandemir buyankara
buyançuk buyat buyrac buyraç buyruc buyruk buyruç buzac buzactutuk buzaç buzaçtutuk buçan buçur buğday buğra
buğrakarakağan buşulgan byron bystrik bystrík bálint bárbara bâki béatrice bénigne bénédicte béranger bérangère bérard
béryl bérénice bíborka bögde böge bögü bökde böke bölen bölükbaşı bönek bönge börteçine börü börübars börüsengün büdüs
büdüstudun bügdüz bügdüzemen büge bügü bükdüz büke bükebuyraç bükebuyruç bükey büktegin büküşboğa bülent bümen
bünyamin bünül büre bürgüt bürkek bürküt bürlük büğübilge bănel běla bıckı bıckıcı bıdın bıtaybıkı bıtrı bıçkı bıçkıcı
błazej błażej břetislav břetislava bəhram bəhruz bəxtiyar bəyaz caba cabdar cablı cabus cade caden caesar caetana
cafer cagak cagan cagatay cagdas cager cagla caglar caglayan cagru cagrı cagrıbeg cagrıhan cagrıtegin cagıl cahid
cahya cahyadi cahyanto cahyo cahyono caino caio caitlin caitlyn caius caket cakrabirawa cakrabuana cakrajiya cakrawala
cakrawangsa calanico calapkulu calcedonio cale caleb calebe caleigh cali calin calista calixte callie callisto
calogera calogero calpurnia calvin camden camelia camelien cameron camil camila camilia camilla camille camillien
camillo camren camron camryn camylle camélia camélien can canalp candace candar candelario candice candida candide
candido candra candrakanta canel caner cangul cangül cankan cankız cannur cansel cansu cansın cantemir cantidio
canziano capa capitolina capucine cara caraka carey caribert caridad carina carine carissa carl carla carlee carles
carleton carley carli carlie carlijn carlo carloman carlos carlota carlotta carlton carmel carmela carmella carmelo
carmen carmina carmine carminho carmo carol carola carolanne carole carolin carolina caroline carolyn carolyne caronte
carponio carrie carroll carson carter carub cary cas casandra casey casian casiana casilda casimer casimir casimira
casimiro caslav caspar casper cassandra cassandre cassiano cassidy cassie cassien cassio cassiopea cassiopee castille
casto cataldo cataleya catalin catalina catarina catena caterina catharina catharine catherine cathrine cathryn cathy
catinca cato catrin catrina catrinel catullo catur caturangga caua cauã cavid cawisadi cawisono cawuk cayadi cayla
cazimir ceasar cebe cecco cecelia cecep cecil cecile cecilia cecilie cecilio cecylia cecyliusz cecília cecílie cedric
cedrick cedrik cedrin celal celaleddin celasun celen celeste celestin celestina celestine celestino celestyn celestyna
celestýn celestýna celia celian celie celien celik celil celina celine celinia celso celâleddin cem cemal cemali
cemani cemen cemeti cemgen cemil cemplunk cenek cengkal cengkir cenk cenka cerasela ceren cerise cesaire cesar cesare
cesario cesminaz cestmir cestmira cetin cetinel cetiner cevahir cevat ceyda ceyhun ceykun ceyla ceylan ceylin ceylinaz
cezar cezara cezary cezmi chaanakya chaaruchandra chad chadd chadrick chahine chahinez chai chaim chaima chaitan
chakor chakradhar chakravartee chakravarti chakrika chanakya chance chanda chandak chandan chandani chandi chandini
chandira chandler chandni chandra chandraayan chandrabhaga chandrabhan chandradev chandrakala chandraketu chandrakin
chandramani chandramauli chandramohan chandran chandranath chandrani chandraprabha chandraswaroopa chandravati chanel
chanelle chantal chapal chapala charak charity charlaine charleen charlemagne charlene charles charley charlie
charline charlize charlotta charlotte charly charlène charuchandra charumati charuvrat charvi chase chasity chaten
chatur chatura chaturaanan chaturbhuj chauncey chaya chayenne chayma chaz chaï chaïma cheick cheick-oumar cheikh
cheikhou chekhouna chelsea chelsey chelsie cherechi cherif cherubino cheryl chesley chester chet chetan chetanaanand
cheyanne cheyenne chiaffredo chiamaka chiara chidaakaash chidaatma chidambar chidambaram chidananda childebert
chilperic chilpéric chimamanda chinedu chinmayanand chinmayananda chinyere chiranjeev chiranjeeve chirine chisom
chitraksh chitrali chitramala chitrangada chizoba chloe chloé chrabros chrabroš chraniboj chranibor chranislav
chranislava chretien chris christ christa christelle christer christiaan christian christiana christiane christiano
christie christin christina christine christodule christoffer christop christoph christophe christopher christy
chrudos chrudoš chrysole chrysostome chrétien chukwu chval chyna ciaobella ciara cicek cicem cicero cici cielo cierra
cigdem cihad cihan cihangir cihansah cihanşah cilay cilenti ciler cilvenaz cimen cindy cino cinta cinthia cinzia
ciprian cipriana cipriano cirano ciriaco cirilla cirillo cirino ciro cise cisem cisil cistoslav cistoslava citlalli
citra civan claas claes clair claire clara clarabelle clare clarence clarenzio clarisa clarissa clarisse clark claud
claude claudia claudie claudien claudine claudio claudiu claus clay clayton clea cleandre cleandro clelia clelie
clemence clemens clement clemente clementina clementine clemenzia clemmie cleo cleofe cleonico cleopatra cleophee
cleora clery cleta cletus cleve cleveland clifford clifton climaco clinio clint clinton clio clodomiro clodoveo cloe
clorinda clotaire clothilde clotilde clovis cloyd cloé clyde cléa cléandre clélie clémence clément clémentine cléo
cléophée cléry cobulmak coby coco cocukboru codin codrin codrina codrut codruta codruț codruța cody coen cointa
cokramayul colby cole coleman colette colin coline colins colleen collien collin colman colmanno colmazio colomba
colombano colombe colombo colpan colt colten colton colu columbus come comfort concepcion concepción conception
concetta concetto conchita concordio conner connie connor conor conrad consolata constanca constance constant
constanta constantin constantina constança constanța consuela consuelo cooper cora coralia coralie coraline corbin
corbiniano cordelia cordell cordia cordie corene coreno corentin corentine corey corina corine corinna corinne
coriolano cornel cornelia cornelio cornelis corneliu cornelius cornell coronato corrado corrine cortez cortney corto
corvin cory cosima cosimo coskun coskuner cosma cosmin cosmina costache costante costantino costanza costanzo costel
costin coty coumba courtney coy coşkun coşkuner craig crawford cremenzio crenguta crenguța creola crescente crescenzia
crescenzio crespignano crin crina crispino cristal cristaldo cristea cristian cristiana cristiano cristina cristián
cristobal cristofor cristoforo cristopher cristóbal crocefissa crocefisso cronida cruz crystal crystel csaba csanad
csanád csenge csongor ctibor ctibora ctirad ctirada ctislav ctislava cubeyr cullen cumhur cunegonda cuneyt cuniberto
cupido curt curtis cuzia cydney cynthia cyntie cyprian cyprien cyprián cyra cyrian cyriaque cyrielle cyril cyrila
cyrille cyrine cyrus cyryl cândar cécile cédric céleste célestin célestine célia célian célien céline césaire césar
cézar côme cübeyr cüneyt călin cătălin cătălina cıgıl cılasun cıngır d'angelo daan daantje dacian daciana daciano
dacin dacio dada dadap dadi dado daevi daevika dafina dafne dag dagel daghan dagmar dagmara dagoberto dahlia daiana
daija daisha daisy daiwik dakota daksha dakshayani dale daley dalia dalibor dalibora daliborka dalida dalie dalila
dalima daliman dalimil dalimila dalimin dalimir dalimira dalimír dalimíra daliono dalla dallas dallin dalmazio dalton
damar damaris damaso damayanti dame dameon damian damiana damiano damien damife damil damilare damilola damin damion
damir damián damiána damla damocle damodara damola damon damu dan dana danae danang dandak dandapaani dandre dane
dangelo dani dania danial danica daniel daniela daniele daniella danielle danijel danijela danika danilo danio danique
daniswara daniël danjuma danka dannie danny dante danu danuja danuse danuta danuše dany danyka danyl daouda daphne
daphnee daphney daphné dara darasimi darby darek daren daria darian dariana dariati darie darien darija darijan
darimin darin darina darine darinka dario darion darius dariusz darja darko darla darleen darlene darmaji darman
darmana darmanto darnell daron darrel darrell darren darrick darrin darrion darron darryl darshan darshwana darsirah
dartono daru daruna darwin daryani daryl dasa dashawn dasia datta dave daver davey davi david davida davide davin
davina davino davion davon davonte davor davorin davud davy dawid dawn dawson dax dayaamay dayaananda dayaanidhi
dayamayee dayan dayana dayane dayna dayne dayton dağhan dea dean deangelo deanna deb debbie debora deborah debra
decebal decimo declan dedric dedrick dee deeksha deen deenabandhu deepali deepan deepankar deependra deepesh
deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy deeptimoyee deevakar defne degna deion deja dejah dejon
dejuan delaney delbert delfina delfino delia delie delilah delinda delizia dell della delmer delores delpha delphia
delphin delphine delta demarco demarcus demario demba demet demeter demetra demetria demetrio demetris demetrius
demetriusz demi demilade demiralp demirhan democrito demond demostene dena deneval denis denisa denise denisz deniz
denizalp dennis denny deodata deodato deon deondre deontae deonte depold dereck derek derick derin deron derrick
dervis derviş derya desdemona deshaun deshawn desiderata desiderato desiderio desire desiree desmond despina dessie
destan destany deste destin destinee destiney destini destiny detmar detrich dev devadatt devagya devajyoti devak
devan devangana devani devante devasree devdan deven devesh deveshwar devi devika devin devon devonte devota devran
devvrat devyn dewayne dewey dewi dewitt dex dexter dexx dezider dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay
dhanapati dhanesh dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar diah
diamante diamond dian diana diane dianna dianne dianora diarra dicle diclehan dida didem didier didimo didina diede
diego dieke dies dieudonne dieudonnee dieudonné dieudonnée dieynaba digambar digambara digdaya dikmen diksha dilan
dilara dilarə dilaver dilay dilberay dildar dildâr dilek diler diletta dilhan dillan dillon dilruba dimas dimaz
dimitri dimitrij dimitrina dina dinakar dinc dincer dinda dinesh dinis dinkar dino dinu dinç dinçer diocleziano
diodata diodoro diogene diogo diomede dion dione dionigi dionisia dionisio dionizy dionyz dionyzos dionýz dionýzos
dior dipa dipali dipankar dipendra dipesh diptendu direnc direnç diri dirja dirk dita ditte-marie ditya divaakar
divakar divine divis diviska diviš diviška divjot divna divo divya dixie dizik diána djayden djeneba djenna djibril
dluhos dluhoš dobrava dobromil dobromila dobromir dobromira dobromír dobromíra dobroslav dobroslava dochia dock doda
dodato dodo dogan doganay doganer dogu doina dolly dolores dolunay domagoj domenic domenica domenick domenico domenik
domezio domingo dominic dominick dominik dominika dominique domitille domiziano domnica don dona donald donalda donat
donata donatella donatello donato donavon dondu donka donna donnell donnie donny dono donát donáta dora dorana dorcas
doreen dorel dorian doriana doriane doriano dorica dorin dorina dorine dorinel doris dorit dorián dorka dorli dorota
dorotea doroteja doroteo dorothea dorothee dorothy dorothée dorottya dorris dortha dorthe dorthy doru doubrava
doubravka douce doug douglas dounia douwe dov dovie doyinsola doyle doğan doğanay doğaner doğu draga dragica dragos
dragoș drahomil drahomila drahomir drahomira drahomír drahomíra drahon drahos drahoslav drahoslava drahotin drahotina
drahotín drahotína drahoň drahoš drahuse drahutin drahuše drajat drake draupadi drazen dražen drew driss dron drona
druina drzimir drzislav držimir držislav dua duane duarte dubravka dubravko duccio duco ducu dudley duilio duje dujo
dulari dulce dulcinea dulina dumitra dumitrana dumitru duncan dundar dune dunja dunya durante durdane durga
durgeshwari durmus durmuş durodola durriye duru dururbunsuz durward dusan dusana dustin dusty duuk duygu dušan dušana
dwaipayan dwaipayana dwayne dwi dwight dyah dylan dylano dyna dániel dávid dáša dâver débora désiré dóra döndü dündar
dünya dürdane dürriye děpold dětmar dětřich dəniz ea earl earlene earline earnest earnestine easter easton ebba ebe
eberardo ebiere ebin ebiowei ebkızı ebony ebren ebru ebunoluwa ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel
ecrin ecvet ed eda edd edda eddi eddie eddy ede edelberga eden edgar edgard edgardo edhem edi edil edilberto edison
edita edith editta ediz edmee edmond edmondo edmund edmée edna edoardo edouard eduard eduarda eduardo edvard edvarda
edvige edvin edvín edward edwardo edwin edwina edyta edyth edythe eef eefje eekalabya eero eeva efe effie efisio efken
eflah efraim efrain efrem efren efsun eftalya eftimia eftimie ega ege egemen egeo egidio eginardo egisto egizia
eglantine egle egmont egon egona egrim eileen einar eino eja eka ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika
ekdant ekec ekeç ekim ekin ekmel eko ekow ekrem ekundayo el ela eladio elaide elaina elaine elakshi elanur elbert
elcin elda eldon eldora eldred eldridge elea eleanor eleanora eleanore eleazar electa elektra elena elene eleni elenor
elenora eleonora eleonore eleonóra elettra eleuterio eleuthere elfrida elfrieda elfrída elgin eli elia eliabeth eliah
eliahou elian eliana eliane eliano elias eliasz elide elie eliel eliette eliezer elif elifio eligio elijah elimena
elin elina eline elinor elinore elio eliodoro elior eliot eliott elisa elisabet elisabeta elisabeth elisabetta
elisaveta elise elisea elisee eliseo elisha elisio eliska elissa elita eliza elizabet elizabeth elize elizej elizeus
eliáš eliška elka elkin ella ellada elle ellen ellen-margrethe elli ellie elliot elliott ellis ellsworth elly elma
elmar elmas elmer elmira elmo elmore elna elnarə elnora elnur eloa eloan eloane elodia elodie elody elogio eloi eloisa
eloise elon elona elone elora elouan elouise eloy eloá eloïse elpidio elroy elsa else elsie elta elti elton eluh elva
elvan elvera elvezio elvia elvie elvin elvina elvino elvira elvire elvis elvíra elwin elwira elwyn elya elyanora elyas
elyes elyne elynn elyse elyssa elyès elza elzbieta elzear elçin elène eléa eléanore eléonore elías elísio elżbieta ema
eman emanoil emanuel emanuela emanuele emanuelly emanuil emas embuh emced emeka emel emelia emelie emeline emely
emerald emerance emerencie emeric emerich emerson emery emese emi emidio emie emil emile emili emilia emilian emiliana
emiliano emilie emilien emilijan emilio emilián emily emin emine emir emirhan emma emmalee emmanuel emmanuelle emmelie
emmely emmerico emmet emmett emmi emmie emmitt emmy emna emong emory empirio empluk emrah emre emrullah emy emília
emílie ena enakshi endah ender enderun endra endrigo enea enecone enes engelbert engin enguerrand enid enie enimia
eniola enis enise enna ennio enno enoch enola enora enos enrica enrico enrique ensar ensio enteng enver enya enzo
ephraim ephraïm epiphane era eracla eraclide eraldo eralp erardo erasmo erast eray erazim erazmus erberk erberto ercan
ercin ercolano ercole ercument ercüment erda erdal erdem erdeni erdenikatun erdeniozuk erdeniözük erdinc erdinç erel
eremia eren erenia erentuz erentüz ergene ergenekatun ergin ergun erguner ergün ergüner erhan erhard eriberto eric
erica erich erick ericka erico erik erika erin erinc erine erinç erkam erkan erke erkki erkâm erkân erling erma erman
ermanno ermelinda ermen ermenegarda ermenegilda ermenegildo ermes ermete ermilo erminia erminio erna ernest ernesta
ernestina ernestine ernesto ernie ernst erol eros ersan ersilia ersin ertan erten ertenozuk ertenözük ertugrul
ertuğrul ervin ervina ervín ervína erwan erwann erwin eryn erçin erşan esat esau esaù esben esen esenbike eser esha
eshana eshita esi esin esma esmee esmeralda esmeray esmira esmée esperanza esra esref esse essie esta esteban
estefania estefanía estel estela estell estella estelle ester estera esterina estevan esther estiawan estiono estrella
esuperio esupofo eszter etela eterie etha ethan ethann ethel ethelyn ethem ethyl etienne etil ettie ettore eubert
euclide eudes eudokia eudoksja eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio eufrosina eufrozina
eufrozína eugen eugene eugenia eugenie eugenio eugeniusz eugène eugénia eugénie eula eulah eulalia eulalie eulálie
euna eunice eunika euphrasie euridice eurydice eusebe eusebia eusebie eusebio eusebiu eusebius euseo eustache eustatiu
eustațiu eustorgio eustosio eustracjusz eusèbe eusébie eutalia eutalio eva evald evaldo evalyn evan evandro evangelina
evangeline evanghelina evann evans evarist evariste evaristo evasio eve evelien eveliina evelin evelina eveline evelyn
evelyne evelína everardo everett everette evert evi evidio evie evin evodio evran evrard evremondo evren evsen evy
evzen evzenie evşen evžen evženie ewa ewald ewan ewatomi ewelina ewell ewen ewenn eya eyal eyiz eylul eylül eymen
eyram eysan eytan eythan eyup eyüp eyşan ezechiel ezechiele ezekiel ezequiel ezio ezra ezrak eğrim eşref faas fabia
fabian fabiana fabiano fabie fabien fabienne fabijan fabio fabiola fabián fabiána fabiënne fabrice fabricia fabricio
fabrizio fabrícia fabrício fadekemi faderera fadi fadime fady fadıl fae fahrettin fahri fahriye fahrunissa fahrünissa
faik faiq faith faizah falba falih falk famiano famke fanni fannie fanny fanta fantin fantine fara farah fardau fares
farhunnisa faris farouk faruk farès fasih fathonah fatih fatim fatima fatimata fatimə fatin fatma fatos fatou fatouma
fatoumata fatoş faust fausta faustin faustina faustine faustino fausto faustyn faustyna faustýn faustýna favian fay
faya faye fayen fayenne faysal fazilet fazio fazlı fazullah fazıl feba febe febi febriana febrina feda fedai fedde
fedele federica federico fedor fedora fedro fehime fehintola fehmi felice felicia felician feliciano felicie felicien
felicita felicitas felicite felicity felicián feliks felina feline felipa felipe felix felton felícia felície fem
femke femm fender fenja fenna fenne ferah feramus feramuz feramuş feray ferda ferdi ferdinand ferdinanda ferdinando
ferdynanda ferenc ferhan ferhat feride feridun feriel feriha ferit ferman fermiano fermin fermo fern fernanda fernando
ferne ferre ferruccio ferruh feryel festo fevzi feyyaz feyza feyzullah fiacre fiammetta fibikemi fidan fidel fidele
fidelie fidelius fidenziano fidenzio fidèle fieke fien fiene fiep fiete figen fiifi fikayomi fikret fikri fikriye
filemon filibert filiberto filip filipa filipe filippa filippo filiz filofteia filomen filomena filomeno filoména
filou fily fine finia finja finlay finley finn finnja finnley fiodor fiona fiordaliso fiore fiorella fiorenza
fiorenziano fiorenzo firas firdevs firmin firuzə fitri fitria fitriani flaminia flavia flavian flaviana flaviano
flavie flavien flavio flaviu flavius flavián fleano fleta fletcher fleur flip flo floare floarea flodoard floor
floortje flor flora flore florea florence florencia florencio florencja florent florenta florentin florentina
florentine florentyn florentyna florentýn florentýna florența florestan florian floriana floriane floriano florica
florida floridia florie florin florina florine floris florián flossie floy floyd flynn flóra foca fode folafoluwa
folashade folco folu ford forest forrest fortunat fortunata fortunato fortune fortunee fortunát fortuné fortunée fos
fosca fosco foss foster foucauld foulques frana franc franca france frances francesca francesco francette francia
francine francis francisc francisca francisco francisque franciszek franciszka franck franco francois francoise franjo
frank franka frankie franklin frantisek frantiska františek františka franz franziska françois françoise fred freda
freddie freddy frederic frederica frederick frederico frederik frederike frederique fredrick fredrik fredy freeda
freek freeman freida freja frenkie freya frida frido fridolin fridolín fridrich frieda friederike friedrich fritz
frontiniano frusina fruzsina fryderyk fráňa frédéric frédérique frída fuat fulbert fulberto fulcran fuldem fulden
fulgence fulgenzio fulvia fulvio fulya funda funmilade funmilayo fureyya furio furkan furkân furman furseo furuzan
fuscolo fusun fuzuli fynn fábio fâlih féba félicie félicité féline félix füreyya füruzan füsun fərqanə fərəh fəxriyyə
gabe gabi gabin gabino gabor gabriel gabriela gabriele gabriella gabrielle gabrijela gabriël gad gada gadang gading
gadis gaduh gael gaelle gaetan gaetano gaffar gage gaglioffo gaia gail gaiman gaio gaj gaja gajaadhar gajabahu
gajadhar gajana gajbaahu gal galak galang galar galatea galdino galeazzo galfryd galih galileo galina galiono
gallicano galuh galur gaman gamani gamanto gambira gamblang gamze ganak ganaka ganapati ganda gandewa gandharv
gandharva gandi gandolfo ganep ganesh ganesha gangesh gangsa gangsar ganjaran gantar gara garan garance garang garda
gardner garett garfield garik garika garimberto garland garnet garnett garnier garret garrett garrick garrison garry
garth garud garuda gary gaspar gaspard gaspare gasti gaston gastone gati gatien gatik gatot gatra gaud gaudenzia
gaudenzio gaudino gauraang gaurang gauranga gautam gautama gautami gauthier gautier gautiero gavin gavino gawati
gayatri gaye gayle gazanfer gazi gaétan gaël gaëlle gaëtan gaïa gašpar gbadebo gbeminiyi gbemisola gbolahan gbowoade
geanina gedeon gedeone geeta geetanjali gejza gelin gelincik gellert gellért gelsomina geltrude gelu gema gemine
gemini geminiano gemma genadij gencer gene general generosa generoso genesia genesio genesis geneva genevieve
geneviève gennaro genoveffa genoveva genta gentiana gentile genziano gențiana geo geoffrey geoffroy georg george
georgel georges georgeta georgette georgia georgian georgiana georgianna georgina geovanni geovanny geovany gerald
geralda geraldina geraldine gerard gerarda gerardina gerardo gerasimo geraud gerazim gerazym gerberge gerbert gerda
geremia gergely gergo gergő gerhard gerharda gerino germain germaine german germana germano germán gerolamo geronimo
geronzio gerrit gerry gerson gertruda gertrude gertrúda gervais gervasio gesualdo geta gevheri geza ghaliyati
ghanaanand ghanashyam ghani ghanshyam ghenadie gheorghe gheorghita gheorghiță gherardo gherghina ghislain ghita ghiță
gia giacinta giacinto giacobbe giacomo giada giadero giambattista gian gianbattista giancarlo giandomenico gianfranco
gianina gianluca gianluigi gianmarco gianmaria gianmario gianni gianpaolo gianpiero gianpietro gianuario giasone
gibran gica gicu gică gideon giel gifty gigi gigliola gijs gil gilang gilbert gilberta gilberto gilda gildo giles
giliola gilles gillian gillo gina gineto ginevra ginewra ginger gino gioacchina gioacchino giobbe gioberto gioconda
giocondo gioele gioia giona gionata giordano giorgia giorgian giorgiana giorgio giosue giosuele giosuè giotto giovani
giovanna giovanni giovanny giove gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj
giriraj girish girja girolamo gisela gisele gisella gislebert gisselle gisèle gita gitanjali gitte giuda giuditta
giulia giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta giustiniano giusto gizela gizem gladyce
gladys glauco gleb glen glenda glenn glenna glennie gloria glorie gobinda godeberta godfrey godiva goffredo gokalp
gokben gokboru gokce gokcegol gokcen gokcicek gokmen goknur goksin golda golden golia gomberto gonca goncalo gondebaud
gondulfo gonenc gonerio gongor gonsalwy gonthier gontran gonul gonzaga gonzague gonzalo gonçalo gopaal gopal gopee
gopi gorakhanatha gorakhnath goran goranka gorazd gordan gordana gordiano gordon gorkem gorun gosto goswamee goswami
gothard gottardo gotum goundo gouranga goutam govhər govinda gozde grace gracian graciana gracie graciela graciliano
gracián graciána gracja gradimir grady graham grant granville gratian gratiana gratiela grato grayce grayson grazia
graziana graziano graziella grazina gražina grațian grațiana grațiela green greg gregg gregoire gregor gregoria
gregorian gregorio gregory greta gretchen greyson grga grgo grgur griffin grigore grimaldo griselda grizelda grover
grozdana gry grzegorz grácie grâce grégoire gréta guadalupe gualberto gualtiero gubio gudakesa gudakesha gudrun guelfo
guenda guendalina guenievre guenièvre guerin guerrino guglielmo guher gui guiberto guido guilhem guilhemine guilherme
guillaume guillemette guillermina guillermo guiscardo guiseppe gul gulay gulbahar gulben gulcin guldem gulden guldeste
gulegen gulemen gulen guler gulgun gulhan gulnaz gulpembe gulriz gulsen gulsum gultekin gulumser gulər gumesindo gumus
gun gunay guncicek gundelinda gundogdu gundogmus guner gunes gungor gunilla guniz gunnar gunnel gunner gunnur gunsel
gunseli gunter gunyaruk gurbuz gurcan gurdal gurdev gurhan gurkan gurol gursel guru gus gussie gust gustav gustava
gustave gustavine gustavo gustáv guus guusje guven guvenalp guvercin guy guyot guzey guérin gvendolina gvendolína
gvozden gwen gwenaelle gwenaëlle gwendoline gwendolyn gwido gyorgy györgy gábor gál gédéon gérard géraud géza gökalp
gökben gökbörü gökmen göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör gönül göran görkem görün gövhər gözde
gúbio güher gül gülay gülbahar gülben güldem gülden güldeste gülegen gülemen gülen güler gülgün gülhan gülnaz gülpembe
gülriz gülsen gülsüm gültekin gülçin gülümser gülşen gülər gümüş gün günay gündoğdu gündoğmuş güner güneş güngör güniz
günnur günsel günseli günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan gürol gürsel güven güvenalp güvercin güzey
gıyas gűnter habbab habib habiba habil haby hacib hadi hadja hadley hadriel hadrien hafi hafid hafsa hafshah hafız
hagen hailee hailey hailie haim hairyanto hajar hakan hakem haki hakim hakkı hal haldun hale haleigh haley halie halil
halim halima halina halis halit halle hallie haluk hamdi hamdullah hamed hami hamidou hamima hamit hammad hammâd
hamsini hamza hamzah hana hanae hanaé handan hande hanefi hanga hani hania hank hanna hannabel hannah hanne hannele
hannes hanno hannu hans hanus hanuš haralamb haralambie harald hardana hardi hardouin hardy hari harimurti harinakshi
harinarayan harit harita harja harjasa harjaya harjo harley harmon harmony harold haron haroun harouna haroune harriet
harrison harry harsana harsanto harsaya hartaka hartana harto harun harvey hasan haseki hasibi hasim hasin haskell
hasmet hasna hassan hassane hassie hasta hastal hata hatem hatip hatouma hattab hattie hattâb hauke havel haven havla
hawa haya hayal hayali hayat hayati haydar hayden haylee hayley haylie hazan hazar hazel hazle hazım haïm haşim haşmet
haštal heath heather heaven heber hector heda hedelin hedi hedvig hedviga hedvika heema heidi heidrun heikki hein
heitor helen helena helene helga helie helier helin helio helios helle hellen helmer helmut heloisa heloise heloísa
heloïse helèna helène henderson hendra hendri hendrik hendrika hennes henning henri henrich henrick henrieta henrietta
henriette henrik henrike henrique henry henryk henryka heracleea herbert herberta herluin herman hermann hermenegildo
hermina hermine herminia herminio hermína hernan hernán hershel herta hertha heru herve hervé heryanto hester hesti
hettie heřman hiba hicabi hicham hidaya hidde hieronim hikmet hilaire hilal hilar hilario hilarion hilarius hilary
hilbert hilda hildebert hildegard hillard hillary hillel hilma hilmi hilton himadri himani himawan himmet hincmar hind
hipolit hipolito hippolyte hira hiram hiranmay hiranmaya hiranya hisam hişam hjalmar hobart holden hollie hollis holly
homer homero homér honor honore honorine honorius honoré hope horac horace horacio horacy horatiu horațiu horea horia
horst hortense hortensia hortensie hortenzia hortenzie horymir horymira horymír horymíra horác hosea hostimil
hostimila hostimir hostimira hostimír hostimíra hostislav hostislava hostivit hostivít houda houston hovard howard
howell hoyt hrvoj hrvoje hrvojka hubert huccet hud hudavendigar hudayi hudson hugh hugo hugues huguette hulda hulki
hulusi hulya huma humaira humay humayun humberto humeyra huner hunor hunter huriyə hurkan hursit hurşit husameddin
husamettin huseyin husnu husrev hussein huub huzeyfe hvezdoslav hvezdoslava hvězdoslav hvězdoslava hyacint hyacinta
hyman hynek hypolit háta hâdi hâlis hâtem håkan hédelin hédi hélie hélier hélio héloïse hélène hüccet hüdayi
hüdâvendigâr hülya hüma hümayun hümeyra hüner hüriyə hürkan hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır
iacob iacopo iacopone iago ian iancu ianira ianis iasmina ib iban ibidapo ibironke iboja ibou ibra ibrahim ibrahima
ibrani ibukunoluwa ibun ica icaro icha icie icilio ico ida idan idea idell idella idir ido idowu idris idriss idrissa
idy ieremia ifa ifeanyichukwu ifeoluwa ifeoma ifunanya ige iginia iginio igino ignac ignacie ignacio ignacy ignat
ignata ignatius ignazio ignác ignácie ignát ignáta igor ihsan ika ike ikenna ikeoluwa iker ikhidie ikhsan ikin ila
ilacın ilan ilana ilaria ilarie ilario ilarion ilay ilayda ilaçın ilda ildebrando ildefonso ildegarda ildegonda ildika
ileana ilene ilenia ilgın ilhan ilia ilian iliana iliane ilias ilie ilies ilija ilinca ilja iljana ilko illidio
illuminato ilmari ilona ilsa ilse ilva ilyan ilyana ilyane ilyas ilyass ilyes ilyess ilyès ilza ima imad imam iman
imane imani imelda imen imene imke immacolata immacolato immanuel imogene imoleoluwa imran imrane imre imrich imène
ina inanc inanç inara inaya incoronata indah inder indira indra indro indy ines inesa inez inga inge ingeborg
ingeborga inger ingrid ingrida inioluwa inja inka inkeri inna innocent innocente innocenty innocenza innocenzo ino
inocenc inocentiu inocențiu insa intan inza inès inés inéz inês inës ioan ioana ioanina iolanda iole ion iona ione
ionel ionela ionelia ionica ionică ionne ionut ionuț iorio iosefina iosif ippocrate ippolito ira irawati irem iremide
irena irene irenej ireneo ireneus ireneusz ireti iretioluwa irfan iriana iride iridenta irina irinel iris irma irmak
irmeli irmina irnanto irsad irvin irving irwan irwin irène isa isaac isabeau isabel isabela isabell isabella isabelle
isabelly isac isacco isadora isadore isai isaia isaiah isaias isak isaure ischirione ise isee iseoluwa iseult ishaq
ishola iside isidor isidora isidore isidoro isidro isioma isis islam ismael ismaele ismail ismaila ismaël ismaïl
ismaïla ismerie ismérie isobel isolda isom isotta isra israa israel israël issa issac issam issiaka istvan istván isıg
isık isıl isılay isın isıner isığ ita italia italo itri itunuoluwa itzel itır iulia iulian iuliana iuliu iurie iustin
iustina iustinian iva ivah ivan ivana ivancica ivanka ivanna ivano ivanoe ivančica ivar ive ivek iven iveta ivetta
ivica ivna ivo ivona ivone ivonne ivor ivory ivy iván iwan iyabode iyad iyadunni iyanuoluwa iyed iyinoluwa iyık
iyıktag iyıktağ izaak izabela izabella izaiah izaias izaiáš izajasz izak ize izia izidor izidora izmael izolda izydor
izzy izák iľja işık işıl işılay işın işıner işığ jaakko jabal jabari jace jacek jacey jachym jacinthe jacinto jack
jackeline jackie jacklyn jackson jacky jaclyn jacob jacoba jacobo jacobus jacqueline jacquelyn jacques jacynthe jad
jada jade jaden jadesola jadon jadran jadrana jadranka jadranko jadro jadwiga jadyn jaeden jaelynn jaeman jaga
jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet jahnu jai jaida jaiden jail jailey jailyn
jaiman jaime jaimini jaimy jairo jais jaivey jaka jakayla jake jakob jakov jakub jakuba jakubina jakubka jale jaleel
jalen jalil jalon jalou jalyn jalə jamaal jamal jamalia jamar jamarcus jamel james jameson jamey jamie jamil jamila
jamir jamison jammie jan jana janae janaina janaína jane janek janelle janessa janet janeta janica janice janick janie
janin janina janine janis janiya janka janko janna jannah janne jannek jannes janni jannie jannik jannis jano janos
janosch janusz jany japhet jaquan jaquelin jaqueline jara jared jaren jari jarmil jarmila jarne jarno jarod jarolim
jarolima jarolím jarolíma jaromil jaromir jaromira jaromír jaromíra jaron jaroslav jaroslava jarred jarrell jarret
jarrett jarrod jarvis jarwa jarwadi jarwi jasen jasenko jasmani jasmijn jasmin jasmina jasmine jasmína jasna jasnena
jasněna jason jasoň jasper jassem jassim jaswadi jati jatmiko jaunita javas javi javier javon javonte jawad jawed jax
jaxon jaxx jay jaya jayadi jayce jaycee jayda jayde jayden jaydon jayeng jaylan jaylano jaylen jaylin jaylinn jaylon
jayme jayne jayson jayvano jazlyn jazmin jazmyn jazmyne jazz jazzlyn jazzlynn jean jean-baptiste jean-marc jeana
jeanette jeanie jeanne jeannel jeannette jeannie jeannot jed jedediah jedidiah jeff jefferey jeffery jeffrey jeffry
jefri jefta jehanne jela jelena jelica jelita jella jelle jelmer jelte jena jenel jenifer jenna jennah jennie jennifer
jennings jenny jennyfer jenovefa jenovéfa jens jensen jente jeppe jerad jerald jeramie jeramy jerel jeremi jeremiah
jeremias jeremiasz jeremie jeremiáš jeremy jergus jerguš jermain jermaine jermey jerod jerome jeromy jeronimo jeronym
jeroným jerrell jerrod jerrold jerry jerzy jerónimo jerôme jesa jesika jesper jess jesse jessica jessie jessika
jesslyn jesslynn jessy jessyca jesus jesús jet jett jette jettie jevon jewel jewell ješa jibril jidde jihane jil jilji
jiljí jill jillian jim jimena jimi jimmie jimmy jimram jinane jinawi jindra jindrich jindriska jindřich jindřiška
jinte jinthe jip jiri jirina jitender jitendra jitka jiřina jiří jo joachim joah joakim joan joana joanie joann joanna
joanne joannie joanny joany joao joaquim joaquin joaquín joas job jocelyn jocelyne jodi jodie jody joe joel joelina
joeline joelle joep joes joesph joey johan johana johann johanna johanne johannes johathan john johnathan johnathon
johnnie johnny johnpaul johnson joko jolana jolanta jolayemi joleen jolie jolien jolijn jolin jolina joline jon jona
jonah jonas jonatan jonathan jonathon jonna jono jonte jonáš joojo joost jop jordan jordana jordane jordi jordon jordy
jordyn jorga jorge jorgen joris jorn jorrit jort joscha joschua jose josef josefa josefien josefin josefina josefine
josefína josep joseph josephin josephine josh joshua joshuah josiah josiane josianne josie josip josipa josko joso
josse josselin jost josua josue josué josy josé joséphine joud jourdain jovan jovana jovani jovanny jovany joy joya
joyce joza joze jozef jozefa jozefina jozefína jozsef jozue joão joël joëlle joško jošt joža jože juan juana juanita
juda judah judd jude judge judicael judicaël judita judith judson judy judyta juha juhani juho jukka jula julan jule
jules juli julia julian juliana juliane julianne julide julie julien julienne juliet julieta juliette julika julina
julio julita julius juliusz julián juliána juliëtte jumadi jumari juna junayd june junior junius juno junon jur juraj
juri jurre juste justen justice justin justina justine juston justus justyn justyna justína justýn justýna juta juul
juvenal juwan juwon jyoti jyotis jyotsana jáchym ján jános jázmin jérémie jérémy jérôme jéssica józef józefina józsef
jörgen jørgen júlia júlio július kaan kaarina kabil kacey kaci kacie kacper kacung kade kadem kaden kader kadiatou
kadidia kadidiatou kadin kadir kadrican kadriye kady kadı kaela kaelyn kagan kahina kai kaia kailash kailee kailey
kailyn kaina kairav kais kaitlin kaitlyn kaj kaja kajen kajetan kajetán kala kale kaleb kaleigh kalender kalervo
kalevi kaley kali kalidou kalim kalinda kalistrat kalle kallie kalpana kalyani kama kamal kamala kamalesh kamaria
kambali kamber kamel kamelya kameron kamidin kamil kamila kamile kamilla kamille kamla kamlesh kamran kamren kamron
kamryn kamuran kanak kanaka kanchan kancı kanda kane kani kania kanishka kannan kannen kanti kançı kapgar kara karaca
karahan karak karam karamba karamoko karan karaça kardi kareem karel karelle karen kargılac kargılaç kari kariane
karianne karim karimah kariman karin karina karine karja karl karl-emil karl-johan karla karlee karley karli karlie
karlijn karlo karlotta karlıgac karlıgaç karma karman karmela karmen karna karol karolann karoliina karolina karoline
karolína karsa karsana karson karta karthik kartik kartika karunanidhi karya kasandra kasey kashyap kashyapi kasian
kasim kasiran kasiyah kasián kaspar kasper kassandra kassim kastor kasusra kasım kata katariina katarina katarzyna
katarína kate katelin katell katelyn katelynn katerina kateřina katharina katherine katheryn kathleen kathlyn kathrin
kathrine kathryn kathryne kathy katia katica katie katija katina katja katlyn katlynn kato katrin katrina katrine
kattie katun katunkız katy kavon kawaca kawaya kawtar kay kaya kayaalp kayacık kayaçık kayca kaycee kayden kayla
kaylah kaylee kayleigh kayley kayli kayliah kaylie kaylin kayna kaynak kayode kayra kays kayun kayça kazanc kazanç
kazi kazimierz kazimir kazimira kazimír kazimíra kazkatun kazım kaïna kaïs kağan kašpar keagan keano keanu keara
keaton keba keegan keeley keely keenan keerti kees keet kehinde keira keisha keith keji kekik keklik keles keleş
kellen kelley kelli kellie kelly kelsi kelsie kelton kelvin kelya kelyan kemal kemalettin kemba kemi kemâl ken kenan
kenari kendall kende kendra kendrick kenes kenji kenna kennedi kennedy kenneth kennith kenny keno kensi kent kenton
kenya kenyatta kenyon kenza kenzi kenzie kenzo kenzy keon kepez keramet kerami kerem keremsah keremşah keren kerim
kerry kerstin keshaun keshawn kesme kessaf ketsia keven kevin kevon kevser keyken keyla keyon keyshawn kezia kezlik
keşşaf khadidiatou khadidja khadija khadim khady khalid khalifa khalil khoudia kian kiana kiandra kianna kiara kiarra
kick kiel kiera kieran kika kikelomo kiki kiley kilian kilián killian kilyan kim kimberley kimberly kimi kin kincso
kincső kine king kinga kiné kip kira kiran kirana kiraz kirk kirsten kirstin kirti kitty kjeld kjell klaas klara
klarencjusz klaudia klaudian klaudie klaudius klaudiusz klaudián kleber klemens klement klementina klementyna
klementýna kleopatra kliment klotylda klára kléber knut kobe koby kody koen kofi kojo koko koksal kolawole kolby kole
koleta koloman kolombin kolombina kolombín kolombína kolos kolumban kolumbin kolumbina kolumbán kolumbín kolumbína
konrad konrád konstance konstancie konstancja konstantin konstanty konstantyn konstantýn konsuela konzuela konštantín
kopano kora koralia koray korbin korbinian kordula korede korey korina korinna korkut kornel korneli kornelia kornelie
kornelius korneliusz kornél kornélia kornélie kory kosma kosmas kraig krasava krasomil krasomila krasoslav kresimir
kresomysl krešimir krijn kris krishna krishnadas krishnadasa krista kristan kristen kristi kristian kristie kristiina
kristijan kristin kristina kristine kristián kristof kristofer kristoffer kristopher kristy kristyna kristína kristóf
kristýna krisztian krisztián krisztofer krištof kruno krunoslav kryspin krystal krystel krystian krystina krystof
krystyna kryšpín kryštof krzysztof ksawera ksawery ksenia ksenofont kubat kubilay kubra kubura kuddusi kujoe kumar
kumari kumru kumuda kuncara kunhuta kunthara kurnia kursad kurt kurtis kusuma kutbettin kveta kveton kvetos kvetoslav
kvetoslava kvetuse kvido květa květoslav květoslava květoň květoš květuše kwabena kwadwo kwaku kwame kwamena kwasi
kweku kwesi kwintyn kyan kyano kyara kyla kyle kylee kyleigh kyler kylian kyliann kylie kyllian kyllikki kyra kâmil
kâzım kéba kévin köksal kübra kürşad kımız kımızalma kımızalmıla kımızın kırcicek kırgavul kırlangıc kırlangıç
kırçiçek kısmet kıvanc kıvanç kıvılcım kıymet kızdurmus kızdurmuş kızılalma křesomysl křišťan laal labuh lacey
lacramioara lacy lada ladarius ladislao ladislau ladislav ladislava ladji laetitia lafayette lahna lai laila laisha
lajos laksana lakshman lakshmi lakshmidhar lakshminath laksita lal lala lale lalie lalita lalə lamar lambert lamberto
lamia lamih lamine lamiyə lamont lana lanang lance lancelot lancilotto landen landolfo landry lane laney lanfranco
langgeng lanjar lantar lapo lara laras larisa larissa laron larry lars larue larysa lascar lascăr lasmanto lasmono
lassana lasse laswi laszlo latif latifa latife latika latoya laura laurane laure laureen laurel laureline lauren
laurenc laurence laurencie laurencja laurencjusz laurene laurens laurent laurentia laurentino laurentiu laurenty
laurentyna laurenz laurenția laurențiu lauretta lauri laurian lauriane laurianne lauriano laurie laurin laurine laury
lauryn laurène lautone lavada lavanya lavern laverna laverne lavina lavinia lavinio lavon lavonne lavínia lawrence
lawrencia lawson laxman laxmi layana layanah layla layne lazar lazare lazaro lazzaro lazăr laëtitia lea leah lean
leana leander leandr leandra leandre leandro leane leann leanna leanne leatha leda lee leela leelou leena leendert
lega legawa lehna leif leigh leila leilani leina lejla leke lela lelah leland lelia leman lembah lemide lempi lemuel
len lena lene leni lenia lenja lenka lenn lenna lennard lennart lenne lennert lennie lennon lennox lenny lenora lenore
leny lenya leo leo-paul leodegar leokadie leokádie leola leon leona leonard leonardo leone leonel leonhard leoni
leonia leonid leonida leonidas leonie leonilda leonio leonne leonor leonora leonore leontin leontina leontine leontyn
leontyna leontýn leontýna leonzio leopardo leopold leopolda leopoldina leopoldine leopoldo leopoldyna leopoldýna leora
leos leoš lera lere leroy lerzan lesana lesek lesley leslie lesly lessie lestari lester leta letha leticia leticie
letitia letizia letiția letterio letícia leu leufroy lev levana levent levente levi levin levke levoslav levy lew
lewin lewis lex lexi lexie lexus leyla leyna leïla leïna lešek lia liah liam lian liana lias libbie libby libena
liberata liberato liberatore libere liberio libero liberto libor libora liboria liborio liboslav liboslava libusa
libuse libuša libuše libère liběna lica licia lică lida lidania lidia lidija lidio lidmila lidya lieke lien liene
lietald lieto lieuwe lieve ligia liisa lila lilas lili lili-rose lilia lilian liliana liliane lilianna lilie lilien
lilith liliya liliána lilla lilli lillian lilliana lillie lilly lilou lilwenn lily lily-rose lilya lilyan liman limar
lina lincoln linda linde lindsay lindsey line linett linn linne linnea linnie linnéa lino linoi linoy linoï lintang
linus linwood lio lioara lion lionel lior liora lirone lis lisa lisandro lisann lisanne lisbeth lise liselotte lisette
lison lital litzy liv liva livia liviana livie livino livio liviu livius liya liyah liyam liyana liz liza lizbeth lize
lizeth lizz lizzie lizzy liétald ljiljana ljuba ljubica ljudevit llewellyn lloyd loa loan loane lodovica lodovico loek
loes loet logan lohan loic lois loise lola lolade lolita loma lon london lone longin lonie lonnie lonny lonzo lora
loraine loredana loreen lorelei lorella loren lorena lorenc lorene loreno lorenz lorenza lorenzo loreta loretta lori
loriana lorin lorine loris lorna lorrain lorraine lot lota lotar lothaire lothar lott lotta lotte lotti lottie lou
lou-ann lou-anne loua louane louann louay loubna louca louie louis louis-marie louisa louise louison louka loula louna
lounis loup lourdes lourenco lourenço louvenia lova lovisa lovorka lowell loy loyal loyce loïc loïs loïse luan luana
lubica lubin lubomir lubomira lubomír lubomíra lubor lubos luboslav luboslava luboš luc luca lucas lucca luce lucentiu
lucențiu lucia lucian luciana luciano lucie lucien lucienne lucija lucijan lucile lucilla lucille lucinda lucio
lucious lucius lucián luciána lucja lucjan lucretia lucretiu lucrezia lucreția lucrețiu lucy lucía ludano ludek ludie
ludise ludivine ludivoj ludiše ludka ludmila ludolphe ludomil ludomila ludomir ludomira ludomír ludomíra ludoslav
ludoslava ludovic ludovica ludovico ludovit ludvig ludvik ludvika ludvík ludvíka ludwig ludwik ludwika luděk lue
luella luena luhung luigi luigia luis luisa luise luiz luiza lujza luk luka lukas luke lukita lukman lukrecie
lukrecius lukrécie lukáš lula lulu luluh lulut luminita luminița luminosa lumir lumira lumír lumíra luna lune lungelo
lupe lura lurhur lurline lutfan lutfi lutfullah luther luthfi lutibor lutobor lutz luuk luus luwar luwes lux luz luzie
luís luísa luďka lya lyam lyana lyda lydia lydie lyes lykke lyla lyle lylia lylou lyn lyna lynda lyne lynette lynn
lynne lyric lysanne lászló léa léana léandre léda léna léo léon léonard léonie léonne léopold léopoldine lévi lívia
lütfi lütfullah lýdia lýdie lăcrămioara ləman maad maaike maan maarit maarten maartje maas maayane mabel mabela
mabelle mable mac maca macaire macaria macario maccabeo mace maceo macey maci macie mack mackenzie mactar macy
madalena madalin madalina madaline madalyn maddalena maddison maddox madeleine madelief madeline madelyn madelynn
madge madhuri madie madilyn madina madisen madison madisyn madita madleen madlen madonna mads mady madyson mae maegan
mael maelie maeline maelis maelle maely maelyne maelys maes maeva maeve mafalda maffeo magali magda magdalen magdalena
magdaléna maggie maggiorino magno magnolia magnus maguelone maguette mahamadou mahault mahaut mahdi mahe mahendra
maher mahesa mahesh maheswar mahfud mahir mahmoud mahmud mahmut mahulena mahzun mahé mai maia maica maida maija maik
maike mailin maily mailys maimouna maimunah maina maiorico maira maissa maissane maite maitê maiwenn maiya maja majda
major makan makar makara makary makayla makenna makenzie makhtar makinwa maksim maksud maksym maksymilian makuta mala
malachi malak malati malco malcolm malek malena malene malia malick malik malika malin malina malinda mallaury mallie
mallory malo malone malou malte malthe malti malvina malvína malwina mama mamadou mamady maman mamante mamert mamie
mamoudou mamour manah manal manar manasse manassé mancio manda mandaakin mandakini mandy manel manelle manetto manfred
manfredo manfréd mangala mangalya mani manik manikya manil manilio manisha manjusha manley manlio manoah manoj manole
manon manona mansour mansueto mansur mansvet manu manuel manuela manuele mara marah maram marana maras marc
marc-antoine marceau marcel marcela marceli marcelin marcelina marceline marcelino marcell marcella marcelle marcello
marcellus marcelo marcelína marcheta marcia marciano marcin marco marcos marcu marcus mare mareike marek mareme maren
marena mareta marga margana margaret margareta margarete margarett margaretta margarette margarida margarita margaréta
margaux marge margherita margie margit margita margo margot margret marguerite mari maria mariadi mariah mariam
mariama mariame marian mariana mariane marianna marianne mariano maribel marica maricarmen maricica marie marie-ange
marie-lou marieke mariela mariella marielle mariem marieme marieta marietta marija marijana marijn marika marilena
marilie marilou marilu marilyn marilyne marilú marin marina marine marinela marinella marinetta marino marinus mario
marioara mariola marion marisa marisol marissa marit marita maritza mariuca marius marián marième marja marjane
marjatta marjolaine marjorie marjory mark marketa markku marko markus markéta marla marlee marleen marlen marlena
marlene marley marli marlie marlin marlo marlon marly marlène marnie marolo maros marouane maroš marques marquis
marquise marrit marsha marshall marsito marsudi mart marta martaka martana martani marten martha marthe martial martim
martin martina martine martino marton martti marty martyna martín marut maruta marvin marwa marwan marwane marwata
marwen marwin mary maryadi maryam maryann maryanto maryjane marylou maryna maryse marzia marzio marème maría marína
mas masa mason massamba massima massimiliano massimo massinissa matan matar mate matei matej mateja mateo mateus
mateusz matheo matheus mathew mathias mathieu mathijs mathilda mathilde mathis mathurin mathys mathéo matias matija
matilda matilde matis matisse matko mato matous matouš matroniano mats matt matteo mattes mattheo matthew matthias
matthieu matthijs matthis matti mattia mattias mattie mattis mattéo matus matyas matylda matys matyáš matz matías
matúš matěj maud maude maudie maugis maura maureen maurice mauricette mauricio maurilio maurine maurits maurizio mauro
maurycy maverick mavis mawuena mawusi max maxellende maxence maxens maxi maxie maxim maxima maxime maximilian
maximiliano maximilien maximilián maximillia maximillian maximo maximus maxine maxmilian maxmilián maxwell may maya
mayane mayar maybell maybelle maye mayeul mayline maylis maymie maynard mayoor mayra maysa mayson mayssa mayte mazhar
mazie maé maélis maël maëlie maëline maëlis maëlle maëly maëlyne maëlys maëva maï maïa maïly maïlys maïmouna maïna
maïssa maïssane maïwenn małgorzata maša mbaye mckayla mckenna mckenzie meagan meaghan mecislav mecislava meda medard
medardo medea mederic medina medine medoro medoune meena meenakshi mees megan megane meggie meghan meghnad meghnath
mehdi mehmet mehriban mehtap meik meike meire meissa mekhi melani melania melanie melanio melany melba melchiade
melchior melchiorre melda melek melezio melia melichar melih melike meliksah melikşah melina melinda meline melis
melisa melisande melissa melissandre melita melitina melle mellie mellina melodi melodie melody mels meltem melusine
melvil melvin melvina melvyn melyna melyssa melánia melánie memduh menahem menaka menardo mence mendel menelao meneo
menka menno mennone menodora meral mercede mercedes mercia mercurio meredith merel merete meriam meric meriem merih
merijn meriç merl merle merlin merovee merritt mert mertie merve mervin merwan meryam meryem meryl messalina mestan
mesut meta mete metello metin metod metodej metoděj metrofane mette mevlut mevlüt mex meyra meïssa mečislav mečislava
mia mica micael micaela micah micha michael michaela michal michala michale michalina michaël michał micheal michel
michela michelangelo michele michelle michèle mick mickael mickaël midas mieke miguel mihael mihaela mihai mihail
mihaly mihnea mihriban mihály mik mika mikael mikaela mikail mikayla mikaïl mike mikel mikkel mikki mikko miklos
miklós mikolas mikoláš mikołaj mikulas mikuláš mila milada milan milana milano mildred mile milena miles miley milford
milhan milic milica milik milivoj miljenko milka milla mille miller millicent millie milly milo milon milorad milos
miloslav miloslava milota milou milous milouš milovan milovin milovín miloň miloš milred milton miluse milutin milutín
miluše milán milík milíč mima mimma mimo mina minakshi mindy mine minerva minervina minervino minh mink minna minnie
minodora mio mioara mir mira mirabela mirac miracle miran miranda miray miraç mircea mirco mireille mirek mirela
mirella mireya miriam miriama mirja mirjam mirka mirkelam mirko mirkó mirna miro mirocleto miromil miromila miron
mirona miroslav miroslava mirre mirta mirte mirthe mirtil miruna mirza misael misaele misbah mislav missouri misty
mitch mitchel mitchell mithat mitica mitică mitra mitrut mitruț mittie miya mlad mladen mnata mnislav mnislava moa
mobolaji moche moctar modest modesta modesto modibo modou modupe mody mofifoluwa mohamadou mohamed mohamed-ali
mohamed-amine mohammad mohammed mohan mohana mohinder mohini moira moise moises moisette moisés mojisola mojisoluwa
mojmir mojmír mojzesz mojzis mojżesz mojžíš mollie molly mona monaldo monalisa monde monica monika monique monitore
monroe monserrat monserrate montana monte monty moos moradeke morayo morena morenike moreno morgan morgana morgane
moriah moric moris moritz morolake morris morten mortimer morton mory mose moses moshe mosinmileoluwa mossie mosunmola
mosè motunrayo mouctar mouhamadou mouhamed mouhameth mouhammadou moussa moustafa moustapha moyosore mozell mozelle
mozes moïra moïse moïsette mořic mpho mstislav muammer muaviye muaz muesser mufid muge mugur mugurel muhammad muhammed
muharrem muhsin muhtar muhterem muhtesem muhteşem muhyiddin mujdat mujde mujgan mujur mukadder mukaddes mukerrem
mukesh muktedi muktedir muktefi mukul mulya mulyanto mulyono mumpuni mumtaz munevver muni munir murat muren muriel
muriela murilo murl murphy murray mursinin mursita murti musa musir muslih mustafa mustapha mustika mustofa mutahhar
mutasım muteber mutemed mutia muttalib muyiwa muzaffer muzdad muziano mya myah myla mylan mylene myles mylo mylène
myra myriam myrl myrna myron myrthe myrtice myrtie myrtil myrtille myrtis myrtle mája márcia mária mário márk márton
mátyás máté médea médoune médéric mégane mélanie méline mélisande mélissa mélissandre mélodie mércia mérovée mína
mónica móric müesser müfid müge müjdat müjde müjgan mükerrem mümtaz münevver münir müren müzdad müşir mădălin mădălina
mălina mărioara măriuca mısra mələk nabi nabil nabila naci nada nadalina nadege nadezda nadežda nadi nadia nadine
nadir nadja nadzieja nadège naděžda nae nael naelle naemi nafiz nagabhushanam nahel nahid nahil nahla naia nail naila
naim naima nais naja najam najib najwa nakia nala nalan nalar nalini namazio name namık nana nancy nanda nandor naneta
nanna nannie naomi naomie naoufal naoufel napoleon napoleone nara naradi narayan narcis narcisa narciso narcisse nardi
narendra narinder narji narseo narsete nasab nash nasim nasir nasrullah nassim nat natacha natale natalia natalie
natalija natalina natan natanael nataniel natasa natasha nataša natașa nathalie nathan nathanael nathanaël nathanial
nathaniel nathen natiq natka natália natálie naud naudet naura naval naveen navin nawal nawel nawfel naya nayel nayeli
nayla naz nazan nazario nazariusz nazary nazif nazim nazlı nazmi nazzareno nazzaro nazım naël naëlle naïa naïl naïla
naïm naïma naïs naďa neal necat necati necdet nechifor necib necla necmettin ned neda nedim nedjeljka nedjeljko nedra
neela neele neeltje neha nehemie nehir nehoslav neil neila neiva nejat neklan nela nelda nele neli nelia nell nella
nelle nelli nellie nelly nels nelson nelu nelya nena nene neo neoma neopolo neoterio nepomuk nera nerea nereo nergis
neri nermine nesa neset nesim neslisah neslişah nesrin nesrine nestor nestore nettie neva neven nevena nevenka nevin
nevio nevra nevzat newell newton neyla nezamysl neïla neşet nia niame nicarete nicea niceforo nicephore niceto nicezio
nichifor nicholas nicholaus nichole nick nicklas nicklaus nickolas nicla niclas nico nicoara nicoară nicodemo nicodim
nicola nicolae nicolai nicolaie nicolas nicole nicoleta nicoletta nicolette nicoline nicolo nicolás nicolò nicu
niculina niculita niculiță nicusor nicuta nicușor nicuță nicéphore nida nidia niek niels niels-christian niene nienke
nigar nigel nihad nihal nihan nihat nika nike nikita nikki nikkie nikko niklas niko nikodem nikodema nikodém nikodéma
nikol nikola nikolai nikolas nikolasz niké nil nila nilam nilde nilgun nilgün nils nimakoah nimas nimit nimrod nimród
nina nine ninfa niniano ninioluwa nino ninon ninthe niouma niranjan nirbhay niro nisa nisan nives niyaga niyazi
niyilolawa nizamettin nizar nnamdi noa noah noam noami noan noble noe noel noelia noelie noella noelle noema noemi
noemie noemy noha noham nohan nola nolan nolann nolen nolhan nomi nona noor noortje nora norah norbert norberta
norberto nore norene norhane norica norina norma norman normand norris norval norwood nostriano noud nouha nour noura
nourane nouri nout nova novan novella novi noviana novita nowi nox noâm noè noé noémi noémie noë noël noëlla noëlle
nqobile nrima nthabiseng nubia nuccia nugraha nukhet numan nuno nunziata nunzio nur nural nuran nuray nurettin nurgul
nurgun nurgül nurgün nuria nurlan nursel nurseli nurul nurullah nusa nusret nuša nya nyah nyana nyasia nynke nyoman
nándor nátán néhémie nélia néné nóra núbia núria nükhet něhoslav nərgiz oana oba obanijesu obie obioma oceane ocie
octav octave octavia octavian octaviana octavio octaviu océane oda oddone odelia odell oderico odessa odeta odetta
odette odidone odie odile odilia odilon odin odolen odon odorico odunayo ofelia ofelie ofelya ofélia ofélie oger
ogooluwa oguz oguzhan ojaswini okan oke okey okiki oksan okta oktavian oktavie oktavius oktavián oktay okto oktávie
okşan ola oladara oladare oladimeji olaf olaide olajumoke olakunle olamide olanrewaju olansile olaoluwa olasunmbo
olatunbosun olavi olayinka olbram olcay oldrich oldriska oldřich oldřiška ole oleg olen oleta olga olimpia olimpian
olimpio olimpiu olin olinda olindo oliva olive oliver olivia olivie olivier oliviera oliviero oliviu olivér oliwia
oliwier olle ollie olof ololade olufeyisayo olufunke olufunmi olufunmilayo olumide olumorotimi olusola olutomiwa
oluwafemi oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi
oluwatimilehin oluwatobiloba oluwatofunmi oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympe olympia olympie
olívia oma oman omana omar omari omawunmi ombeline ombline ombretta omer omero omobobola omobolanle omodunni omolabake
omolara omolola omosalewa omotara omotayo omotola omotolani omotoun omowumi ona onder ondina ondine ondrej ondrejka
ondřej ondřejka onesta onesto oni onie onofrio onome onorata onorina onorino onorio onoriode onufry onur oormila opal
opalina opaline opan opemipo opeoluwa opeyemi ophelia ophelie ophélie opung ora oral oran orazio orchidea oren orenzio
oreofe orest oreste orestes orfeo orhan oriana oriande oriane orie orietta orin orio orion orland orlando orlane orlo
ornella oronzo orpha orrin orsino orso orsola orsolina ortansa ortensia ortensio orval orville orvokki osanna osbaldo
osborne oscar oskar oskari osman osmondo osmund osunleke osvald osvaldo oswald oswaldo ota otakar otakara otello otha
othmane otho otilia otilie otis otmar oto otokar otomar ottaviano ottavio ottilia ottilie ottis otto ottone otylie
otília otýlie oumar oumayra oumou oury ousmane oussama ova ovidio ovidiu ovidius owen oxana oya oyenike oyindamola
oyindasola oyku ozan ozana ozanne ozcan ozden ozella ozer ozge ozgur ozhan ozkan ozlem ozlen oznur ozren ozy oğuz
oğuzhan oľga pablo paciano pacifico paco pacome pacomio pacôme padma padmi paige paiman paivi pakize palatino palemon
palladia palladio palma palmazio palmira palmiro paloma palémon pam pamela pamfil pammachio panagachie panait panca
pancario pancrazio pandu panfilo pangeran pangestu panji panka pankrac pankracy pankrác panna pansy pantaleo pantaleon
pantaleone paola paolo param paramartha paramita paraschiva pardi pardo parfait paride paris parker parla parman
parmenio parsival parvati pascal pascale paskal paskala pasquale pat paterne paterniano pathe pathé patience patrice
patricia patricie patricio patrick patrik patrizia patrizio patroclo patru patrycja patrycjusz patrycy patryk patrícia
patsy patti pattie patty paul paul-antoine paul-arthur paula paule paulette paulica pauliina paulin paulina pauline
paulo paulína pauside pava pave pavel pavica pavla pavlin pavlina pavlín pavlína pavol paweł paxton payidar payton
pearl pearlie pearline pecine pedro peer peggie peggy pekka pelagia pelagie peleo pelhrim pelhřim pelin pelinsu pelle
pellegrino pelumi pembe penda penelopa penelope penny pentti pepe pepijn pepin pepo per perceval percival percy peri
pericle perihan perikles perkasa perla perle pernilla pero perran perrine perry perseo persida pertev perver pervin
perzida petar pete petek peter petr petra petrana petre petri petrica petrică petrisor petrișor petronela petronila
petronilla petronille petronio petronius petru petruse petrut petruta petruše petruț petruța petteri petula peyami
peyton pharell phil phileas phileine philemon philibert philine philip philipp philippe philippine phillip philomene
philomène philothee philothée philou philémon phoebe phyllis pia pie pien piera pierangelo pierce piergiorgio
pierluigi piermarco piero pierre pierre-alexandre pierre-antoine pierre-louis pierrick piersilvio piet pieter pietro
pilar pim pink pinkie pio piotr pip piper pippa pippo piraye pirjo pirkko pit pius placida placido platon platone
platón pleun plinio plutarco pol pola polidoro polifemo polikarp polissena pollione polly polykarp polyxena pompeo
pompilia pompiliu pomponio pontus ponziano ponzio poornima porfirio porfiriusz porfiry porter porzia porziano postumio
poul praba prabawa prabowo prabu prakosa pramila pran pranata pranawa pranay prasad prasanna prasetya prasetyo
prassede prathamesh pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava prayag prayitna
prayoga prayogo precious preity prem prema premysl presley preston priamo pribyslav pribyslava price prima primerose
primo prince princess prisca priscila priscilla priscille prisco priska prita privato priya priyala procopio profira
prokles prokop prokopa prokul promise proserpina prosper prospera prospero protasio proteo providenci prudence
prudenzia prudenzio prune publio puck puji puk pulcherie pulchérie puneet pupolo puput purnima purushottam purwa
purwadi purwanto pushti pusicio puspa puspita puti putri putu päivi pécine pélagie pénélope pépin péter pétronille pío
pătru pınar přemysl přibyslav přibyslava pəri qori quartilla quarto quasimodo queen queenie quentin quentine querano
quieta quin quincy quinn quinten quintia quintiliano quintilio quintino quinton quinty quinziano quinzio quirin
quirino quiteria quitterie quiéta rabia rachael rachel rachela rachele rachelle rachid raci rada radan radana radegast
radek radeke raden radha radhost radika radim radimir radimira radimír radimíra radislav radislava radit raditya
radivoj radka radko radmil radmila radolfo radomil radomila radomir radomira radomír radomíra rados radoslav radoslava
radovan radovana radoš radslava radu raducu raduz radvan radúz rae raegan raf rafael rafaela rafaël rafał rafet raff
raffaele raffaella rafi rafid rafila rafiq rageshwari rageswari raharja rahayu raheem rahel rahim rahime rahma rahman
rahmat rahmawati rahmi rahsaan rahsan rahul rahşan raide raif raihan raik raimondo raimund raina rainald rainaldo
rainelda rainer rainhard rainold raisa raj rajan rajendra rajinder rajiv rajko rajmund rajna rajnold rajsa rakesh
rakıp raleigh ralf ralph raluca rama ramaa ramata ramatoulaye ramazan ramesh rameshwar rami ramiro ramiz ramon ramona
ramy ramón rana randal randall randi randolf randolph randy ranek rangga rania raniero ranim ranjeet ranjit ranko
ranolfo ransom ranya raoul raphael raphaelle raphaël raphaëlle rapulane raquel rares rareș rashad rashawn rasheed
rasheedah rasim rasit rasmus rastislav rastislava rati ratibor ratih ratmir ratmír ratna rauf raul raven ravi rawane
ray rayan rayane rayen raymond raymonde raymundo razvan raúl raşit reagan reanna reba rebeca rebecca rebeka rebekah
rebekka recai recep reda redmond reece reed reese refah refet refik regan reggie regina reginald reginaldo regine
regis regitze regolo regína reha rehor rehorka reid reilly rein reina reine reinhold reis rejean rejeanne reka reksa
relu remi remig remigio remilekun remington remo remondo remus remy remzi renat renata renato renaud rendy rene renee
rengin rens renske renzo renát renáta rené renée resat respati respicio ressie restu resul resûl resül reta retha
retno retta reuben reva revi rex rey reybaud reyes reyhan reymundo reyna reynold reza rezzan reşat rhea rhett rhianna
rhiannon rhoda rhonda ria riad riana rica ricardo ricario riccarda riccardo richard richarda richelmo richie richmond
richárd rick rickard rickey rickie ricky rico ridwan rieke rifat riff rigoberto riitta rija rika rike rikke riley rim
rina rinaldo rini rino rita ritesh ritva riv river rivka riyad rizki roan robaldo robb robbie robert roberta robertina
roberto robi robin robina robinson robyn rocco roch rochelle rocio rocky rocío rod rodan roderick roderik roderyk
rodger rodiano rodica rodney rodolfo rodolphe rodrick rodrigo rodrigue roel rogelio roger rogers rohan rohana rohit
rokhaya rokia roko roksana roland rolande rolando rolf rolfo rollin roma romain romaine roman romana romane romanita
romanița romano romee romeo romero romeu romilda romina romoaldo romola romolo romuald romualdo romul romulus romy
roméo ron ronald ronaldo ronan ronja ronke ronnie ronny roos roosevelt rory rosa rosa-maria rosalee rosalia rosalie
rosalina rosalind rosalinda rosalyn rosamond rosamunda rosana rosanna rosario roscoe rose roselin roseline rosella
roselyn rosemarie rosemary rosendo roser rosetta rosie rosina rosita roslyn rosman rosmunda ross rossana rossella
rossie rostislav rostislava rotimi rovena rover rowan rowena rowland roxana roxane roxanne roxelana roxy roy roya
royal royce roza rozalia rozalie rozalinda rozamunda rozana rozella rozina rozita rozvita rozália rozálie ruben
rubiano rubie ruby rubye rubén ruchan rudi rudolf rudolfa rudolfina rudolfína rudolph rudra rudy rufina rufino rufo
rufus ruggero ruhsar rui rukhmani rukmin rukneddin rupert ruperto rupinder ruprecht ruslan rusman russ russel russell
rustu rusty rut ruta ruth ruthe ruthie rutilo ruxanda ruxandra ruya ruza ruzena ruzica ruža ružena ružica ryad ryan
ryann ryder rylan rylee ryleigh ryley rym ryszard ráchel régine régis réjean réjeanne réka rémi róbert róza róża röya
rúben rút rükneddin rüya rüçhan rüştü răducu răzvan rıdvan rıfat rıfkı rıza růžena rəsad rəsid rəşad rəşid saad saadat
saar saba saban sabar sabato sabazio sabele sabin sabina sabine sabino sabir sabri sabrina sabrine sabryna sabína
sacha sachin sacid sada sadan sadberk sadettin sadi sadie sadina sadio sadri sadullah sadye sadık saer safa safae
saffet saffiro saffo safi safia safiatou safietou safina safira safiya safiétou safouan safouane safta sagar sage
sahap sahin sahinalp sahra sahsuvar said saiful saige saim saiq saka sakari sakina sakir sakti sakura sakıp saladino
salamoun salif salih salim salimah salimata salimatou saliou sallie sally salma salman salome salomea salomena salomey
salomon salomone salomoun salomè salomé salomë salsabila salustio salvador salvatore salvo salwa salwator saly sam
samanta samantha samara samba samed sameer sami samia samiah samih samil samim samir samira sammie sammy samo samona
samson samsul samuel samuela samuele samuël samy sana sanaa sancho sanda sander sandor sandra sandrine sandro sandu
sandy sanem sanford sanja sanjay sanjin sanka sanna sanne sansone santa sante santiago santina santino santo santos
sanya sanziana saphira sapiente sara sarada sarah sarai sarala sarani saraswati sarbello sare sari sarina sarisha
sarka sarla sarlota saroja sarra sartika sarvin sasa sascha sasha saskia saskie satine satish satu saturniano saturnin
saturnino satya satyen saul sauveur sava savanah savanna savannah savas savaş savel saverio saveta savi savin savina
savinien savino savion saxona sayan saèr saïd saúl saša scarlett scholastika scholastique schuyler scolastica scot
scott scottie scotty seamus sean seb sebas sebastiaan sebastian sebastiana sebastiano sebastiao sebastien sebastián
sebastião sebestian sebnem secaeddin secil seckin seckou seconda secondiano secondina secondo seda sedat sedef seden
sedrick sedrik sef sefer seff sefik sefora segilola segolene seher sehlevent sehrazat sekinat sekou selahattin selale
selami selcan selcuk selda selen selena selene selim selin selina selma selmer selvaggia selvi selyan selçuk selène
sem sema semenica semih semiramide semplicio sempronio semra semsi sena senay sener senesio sengul senn senna senne
sennur senofonte senol senta sep sephora sepp seppe seppo septi serafettin serafin serafina serafino serafín serafína
serap seraphin serapione serban serbulent serbülent seref seren serena serenity serenus serge sergej sergen sergi
sergio sergiu sergiusz serhat serif serin serine sermet sermin serpil sertac sertap sertaç servac server servidio
serviliano servác sesto seth settar settimio settimo setya sev seval sevda sever severa severiano severin severina
severine severino severo severín sevgi sevil sevim sevinc sevinç sevket sevki sevtap sevval seweryn seyban seyda
seydou seye seyfettin seyfi seyfullah seyma seynabou seyyit seçil seçkin shad shade shai shaily shaima shaina shakila
shakira shakti shakuntala shalewa shana shane shanel shanelle shani shania shanice shanie shaniya shankar shanna
shannon shanny shanon shantanu shanti shany sharda shari sharmila sharon shashi shashikala shaun shawn shawna shay
shayan shaylee shayma shayna shayne shaï shaïly shaïma shaïna shea sheela sheila shekoni sheldon shelia shelley shelly
shemar sher sheri sheridan sherine sherly sherman sherri sherry sherwood sheryl shirel shirine shirley shiv shivakari
shobhana shola shresth shresthi shreya shreyashi shridevi shrishti shubha shubhaprada shwet shyann shyanne shyrel
sibel sibilla sibyl sibyla sibylle sico sicuro sid siddarth siddhi siddhran sidiq sidney sidoine sidon sidonia sidonie
sidonio sidy sidónia siebe siem sienna siep sierra sigebert sigfrid sigfrido sigfríd sigismond sigismondo sigmund
signe sigrid sigurd sihab sihabeddin sihem siir sijuade sil silas silja silje silke siloe silvan silvana silvano
silvere silverio silvester silvestr silvestro silvia silvian silviana silvie silvija silvio silviu silvius silván
silvána silvère sim simao simeon simeona simeone simge simi similoluwa simina simion simisola simon simona simone
simonetta simão siméon sina sinan sinasi sincere sinem sinesio sinfronio sinica sinică sinikka sinja sinkler sintia
sir sira sire sireno siria siriano siricio sirine sirineu sirio siro siré siska sister sisto sitara siti siv sixt
sixte sixtine sixtus siënna sjoerd sjors skander skarlet skarleta sky skye skyla skylar slamet slava slavek slaven
slavena slaviboj slavibor slavica slavka slavko slavoboj slavoj slavomil slavomila slavomir slavomira slavomír
slavomíra slavěna sloka sláva slávek slávka smaranda smeralda smil smilla smita smriti sname snjezana snježana soan
soave sobeslav sobeslava soběslav soběslava soccorso socrate soda sofia sofiane sofie sofronia sofronie sofía sohan
sohane sokhna sokrat solal solange soledad soleh solene solenn soline solocone solon solveig solveiga solène som soma
somnath somu sona songul songül sonia sonja sonke sonny sonya soof sophia sophie soraia sorana soraya soren sorin
sorina sostene sosteneo sostrato soter sotira souleyman souleymane soumaya sowande soňa spano spartaco spencer
speranta speranza speranzio speranța spirydion spytihnev spytihněv srecko srećko stacey stacy stan stana stanca stancu
stanford stanimir stanimír stanislao stanislas stanislav stanislava stanisław stanko stanley stanton stasa stasta
staza staša steen steeve stef stefan stefana stefania stefanie stefano steffen stela stelian steliana stella steluta
steluța sten stepan stepana stepanka stephan stephane stephania stephanie stephany stephen stephon sterling sterre
steve steven stevie stewart stig stijn stiliano stina stine stipan stipe stiriaco stjepan stojan stojmir stojmír stone
storm stribor stuart stáza stéphane stéphanie su suat subhash subhashini subhasini subhi subodh subomi sucheta suci
sude sudeva sudi sue suelen suheyl sujata sukanya sukru sule suleyman suma suman sumayyah sumitra summer sunay sune
sunita sunny surano suresh sururi surya suryakant suryakanta suryakantam susan susana susanna susanne susheel sushil
sushma susie suus suzan suzana suzanne suze suzie suzon suélen svatava svatoboj svatobor svatomir svatomír svatopluk
svatoslav svatoslava svea svebor sven svend svenja sverre svetla svetlana svetluse svetozar svetozár sveva sviturno
svätopluk světla světlana světluše swami swan swann swapnil swara swarnalata swassane sweta syahrini sybilla sybille
syble sydnee sydney sydni sydnie sylva sylvain sylvan sylvester sylvestre sylvia sylviane sylvie sylwester sylwia
syrine szabolcs szczepan szofi szofia szonja szymon szófia sába sámo sámuel sándor sára sáva sâkıp sânziana sébastien
ségolène sékou séléna séraphin sérgio sérine séréna séverin séverine sílvia sönke sören søren süheyl süleyman sıdkı
sıla sırrı səbinə səhriyar tabea tabita tabitha taceddin tacjana tad taddeo tade tadeas tadeo tadeáš taha tahir tahsin
taib taide taina tais taiwo tal talat talay talea talha tali talia talip talita talon talya tamara tamas tamer tami
tamia tamina tamino tammaro tammo tammy tamás tana tancrede tancredi tancrède taner tanguy tania tanirika tanja tanju
tankred tanner tansu tantri tanushree tanushri tanya tanyeli tao tapan tapani tapio tara taras tarcisio tari tarik
tarja tarkan tarquinia tarsilla tarso tarun taryn tarık tasa tasdik tasha taskın tasnim tasnime taswir tatana tate
tatiana tatum tatyana taufan taufik taurean taurin tavares taya tayfun tayler taylor tayyar taziana taziano tazio
taïna taïs taşkın taťána tea teagan tecla ted teddy tedi teea teguh teije tej teja tejas tejumola tekin tekinalp tekla
telchide telemaco telica tellervo telly temel temidayo temistocle temitope teo teobald teobaldo teodata teodolinda
teodor teodora teodorik teodoro teodosia teodosio teodoto teodoz teodozie teofan teofil teofila teogene teohari teoman
teona terenc terence terencius terencjusz terenzio teresa tereza terezia terezie teri terrance terrell terrence terri
terrill terry tertuliano terzo terézia tesauro tesifonte tesnim tesnime tess tessa tessie teudosia teun teunis tevfik
tevhid tevin tezcan tezel tezer thad thaddeus thais thalea thalia thanina thaïs thea thelma theo theobald theodor
theodora theodore theodorik theodose theodosie theofan theofil theofila theophane theophile theophraste theotime
theresa therese theresia theron therèse thiago thibaud thibault thibaut thibert thierno thierry thies thije thijmen
thijn thijs thilo thirza thom thomas thora thorben thore thorge thurman théa théo théodora théodore théodose théophane
théophile théophraste thérèse tia tiago tiana tianna tiara tibaldo tibbe tiber tiberia tiberio tiberiu tiberius tibor
tiburcius tiburzio tichomil tichomir tichomír tichon ticone tidiane tieme tierra ties tiffany tiguida tihomir tiina
tija tijana tijmen tijn tijs til tilio till tillman tillmann tim timbul timea timeo timm timmothy timmy timo timoleon
timoléon timon timotei timotej timoteo timoteus timothe timothee timothy timothée timur timéo tina tinca tincuta
tincuța tine tino tiphaine tira tirone tirta tirtayasa tirza titi titien titilayo titilope titin tito titouan titus
tizian tiziana tiziano tizio tjark tobia tobias tobiasz tobiloba tobin tobiáš toby tod todd todor toke toki tokunbo
tolga tolomeo tolulope tolunay toluwalope toluwani toluwanimi tom toma tomas tomasa tomaska tomasz tome tomi tomiloba
tomislav tomislava tomke tommaso tommie tommy tomo tomori tomás tomáš tomáška tomé tonci toncica tone toney toni
tonija tonka tonko tonnin tony tonya tonči tončica toon tope tor torben torbjorn torbjörn tore torey torkvat torkvát
torquato torrance torrey torsten tosca toscane tosco toska toussaint toy trace tracey traci tracy traian trajan
tranquillo trasea travis travon tre tremaine tremayne trent trenton tressa tressie treva trever trevion trevor trey
tri tricia trilochan trilochana trilok trilokanath trilokesh triloki trine trinity trisha tristan tristano tristian
tristin triston troels troy trpimir trpko trudie trycia trystan tsabita tsipora tuana tuba tudor tudora tudorita
tudorița tudosia tufan tugay tugba tugiman tugrul tugtekin tuhfe tulay tulin tullia tulliano tullio tumer tunahan
tunar tunay tunc tuncer tunç tunçer tuomas turan turgay turgut turi turibio turkan turkay turker turkes turna turner
turold tushar tussio tutku tuula tuulikki tuur tuğba tuğrul tuğtekin tvrtko twan twila tybalt tycho tygo tyler tymeo
tymon tymoteusz tyra tyree tyreek tyrel tyrell tyrese tyrique tyron tyrone tyshawn tyson táňa tülay tülin tümer türkan
türkay türker türkeş tınas tərlan ubaldo ubertino uberto uchita uda udai udit udo uffe ufuk ugo ugolina ugolino
uguccione ugur uhra ujjawal ujjwal ukbe ulberto ulderico ulduz ulf ulfa ulfet ulfo ulgen uli ulices ulises ulisse
uliva ulker ulku ulkər ulla ulpiano ulrich ulrico ulrik ulrika ulstano ultimo ulus ulva ulvi ulviye ulviyyə ulya
ulysse uma umang umar umay umaya umberto umi umile umit ummiye umran umur umuralp umut una unal unggul unique unjani
unna unsel unseli upendra upik upton uranio urbain urban urbano urdino uriah uriel uriele urmila ursicio ursino
ursmaro ursula ursule uršula uršuľa usame usha usman usyi utama utku uttam uve uygu uzeyir uzodimma uğur vaclav
vaclava vada vadim vagn vaha vahdet vahid vahide vahâ vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi vala
valburga valdemar valdemara valente valentijn valentim valentin valentina valentine valentino valentyn valentyna
valentín valentína valentýn valentýna valer valera valere valeria valerian valeriana valeriano valerico valerie
valerija valerio valeriu valerián valery valfredo valfrido vali valid vallie valtena valter valtr valtteri valère
valér valéria valérie valéry van vance vanda vanesa vanessa vania vanja vanna vanya varalakshmi varo varvara vasanti
vasco vasil vasile vasilica vasilică vasudev vasudeva vasudha vasundhara vatroslav vaughn vavrinec vavřinec vecdi veda
vedang vedanga vedanshi vedasto vedat vedran vedrana veduna veerle vefa vefik vega vehbi veikko veit vela velana velda
veleslav veleslava veli velimir velimira velimír velina velio velislav velislava vella velma velva vena venance
venanzio vencel venceslao venceslas venceslav venceslava vendel vendelin vendelina vendelín vendelína vendula vendulka
venek venera veneranda venerando venere venerio veniamin venka ventura venuse venusta venustiano venusto venuše vera
verano verda verdiana verdie vere verecondo verena verenzio vergie veriana verica veridiana verla verlie vern verna
verner vernice vernie vernon vero verona veronica veronika veronique veroslav veroslava verulo verónica vesile veslava
vesna vespasiano vesper vesta veta veysel veysi vezio vianney vibeke vic vicdan vicenta vicente vicentia vicentiu
vicenția vicențiu vicki vickie vicky victoire victor victoria victorien victorin vida vidal vidhur vidhya vidiano
vidone vidor vidur vidya vienna viera vieroslava vieve viggo vigile vigo vijay vijeko vik viktor viktoria viktorie
viktorin viktorín viktória vildan vilem vilema vilemina vilemína vilfredo vilhelm viliam viliana vilibald viliberto
ville villy vilma vilmar vilmos vilém viléma vimal vimala viman vin vinay vince vincenc vincencie vincent vincentiu
vincenza vincenzo vincențiu vinciane vindonio vinebaldo vinfrido vinicio vinka vinnie vino vinsen vinz viola violante
violet violeta violette viorel viorela viorica virag virgie virgil virgile virgilio virgin virginia virginie virginio
virgínie virman virone virág visarion viscardo vishnu vishwamitra vissia vit vita vital vitale vitalico vitazoslav
vitezslav vitezslava vito vitold vitor vitoria vitoslav vittore vittoria vittoriano vittorio vitus vitória viva
vivaldo vive vivi vivian viviana viviane vivianne viviano vivien vivienne vjekoslav vjenceslav vlad vladan vladana
vladek vladena vladimir vladimira vladimiro vladimír vladimíra vladislav vladislava vladivoj vlado vladěna vlaicu
vlasta vlastimil vlastimila vlastimir vlastimira vlastimír vlastimíra vlastislav vlastislava vlatko vlk vodingo
voichita voichița voicu vojen vojmil vojmir vojmira vojmír vojmíra vojslav vojslava vojtech vojteska vojtěch vojtěška
vok volfango volfgang volkan vorsila voršila vratislav vratislava vratko vrinda vrund vseboj vsebor vserad vseslav
vsevolod vulmaro vulpiano vuslat vyas václav václava vânia véronique víctor vít víta vítor vítoslav vítězslav
vítězslava víťazoslav věduna věnceslav věnceslava věnek věnka věra věroslav věroslava věslava všeboj všebor všerad
všeslav wacław wade wadi wael wage wahyu waino wakiman waldo wale walenty walentyn walentyna waleran waleria walerian
walery walgierz walid walker wallace walter walton waluyo waly wanda wandrille wanesa wani ward wardaya wardi warji
warley warren warsa warsita warta washington wasis wassim watson wava wawan wawrzyniec waylon wayne waël webster
weldon wellington wende wendell wendy werner weronika wes wesley wessel westley weston whitney wiara wibke widya
wiebke wiem wies wiktor wiktoria wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilfrid wilfried wilfryd
wilhelm wilhelmina wilhelmine will willa willard willem willi william willie willis willow willy wilma wilmer wilson
wilton wincenty winda winfield winifred winnifred winona winston wira wirda wirginia wisnu wissam wissem witalis wm
wolf woodrow wout wouter wulan wulandari wuraola wyatt wyman władysław włodzimierz xanana xander xaver xaverie
xaverius xavi xavier xaviere xavière xem xenia xenie xenophon ximena xochitl xzavier xénia xénophon yaa yacine yacouba
yadira yael yaelle yagmur yago yagız yahya yakubu yalcın yalgın yalçın yaman yamileth yamina yance yango yani yanis
yann yanni yannic yannick yannik yannis yaprak yara yarah yaren yaretzi yaron yasar yasemin yasin yasmeen yasmin
yasmina yasmine yasser yassin yassine yassir yavuz yaw yaya yazid yazmin yaël yaëlle yağmur yağız yaşar yejide yekta
yelda yeliz yener yenthe yesenia yesim yessenia yessi yetkin yetunde yewande yeşim yfke yigit yinthe yiğit ylan ylvi
ylvie yoan yoann yoav yoel yoga yogendra yogesh yoginder yohan yohann yolanda yolande yona yonca yoni yono yoro yosef
yoshiko yosra yossef yosun youcef youmna youna younes youness younès youp youri yousef yousra youssef youssou youssouf
youssouph youssoupha yoël ysaline yse ysee yseult ysé ysée yuce yucel yuksel yulia yuliana yumi yumni yuna yuni yunita
yunus yuri yusuf yvan yven yves yvette yvonne yüce yücel yüksel yümni yıldırım yıldız yılmaz zabedeo zabina zaboj
zaccaria zaccheo zachar zacharia zachariah zacharias zachariasz zacharie zachariáš zachary zache zachery zaché zack
zackary zackery zadig zaenab zafer zafir zaharia zahide zahir zahit zahra zaida zain zainab zaira zakaria zakariya
zakary zakarya zakelina zaki zakir zalan zalindra zalán zama zamfir zamfira zamir zamira zander zane zaneta zanita
zanobi zara zaraza zaria zarina zarko zaur zavis zayd zayn zayneb zbislav zbyhnev zbyhneva zbyhněv zbyhněva zbynek
zbynka zbyněk zbysek zbyska zbyslav zbyslava zbyňka zbyšek zbyška zdan zdana zdena zdenek zdenka zdenko zdeněk zderad
zdeslav zdeslava zdeňka zdik zdirad zdislav zdislava zdravko zdík zechariah zef zefiro zehra zeinab zejnep zekai
zekeriyya zekeriyyâ zekiye zelaya zelda zelibor zelie zeliha zelimir zelimira zelinda zelislav zelislava zeljko zella
zelma zelmir zelmira zena zenaide zenebio zeno zenobia zenobie zenobio zenon zenone zenovia zente zephirin zephyr
zerrin zeteny zetico zetta zev zeyd zeynab zeyneb zeynel zeynep ziad zigmund zihni zihnî zikmund zina zinaida zineb
zinedine zion zita zitomir zitomira zitoslav zitoslava ziva zivan zivana ziver ziya ziyad ziyanda ziyâd zizi zlata
zlatan zlatica zlatka zlatko zlatomir zlatomira zlatomír zlatomíra zlatuse zlatuše zoe zoeva zoey zofia zofie zohra
zoie zoila zoilo zoja zola zoltan zoltán zora zoran zorka zoroslav zoroslava zosim zosima zosimo zoé zoéva zoë
zrinislav zrinko zselyke zsofia zsolt zsombor zsófia zubeyde zubeyr zuhal zula zulaikha zulal zuleyha zulfa zulfikar
zumrut zuzana zuzanna zvonimir zvonimira zvonimír zvonimíra zyad zygmunt záboj záviš zâfir zâhit zénó zéphirin zétény
zübeyde zübeyr zühal zülal züleyha zülfikâr zümrüt ábel ádám ákos ámos ángel ángela ármin áron árón áurea âmir ângelo
åke åsa çaba çabdar çablı çabuş çalapkulu çankız çağan çağatay çağdaş çağla çağlar çağlayan çağru çağrı çağrıbeğ
çağrıhan çağrıtegin çağıl çelen çelik çemen çemgen çetin çetinel çetiner çeykün çeşminaz çilay çilenti çiler çimen
çise çisil çiçek çiçem çiğdem çişem çobulmak çocukbörü çokramayul çolman çolpan çölü çıgıl çıngır ève édith édouard
éleuthère élia éliane élias élie élisabeth élise élisée élodie éloïse élzéar éléna éléonore émeline émeric émile
émilie émérance émérencie énora épiphane éric érica étienne éva évangéline évariste évelyne évrard ígor íris óscar
ömer önder öykü özcan özden özer özge özgür özhan özkan özlem özlen öznur ülfet ülgen ülker ülkü ülkər ülviyyə ümit
ümmiye ümran ünal ünsel ünseli üzeyir časlav čeněk čestmír čestmíra čeňka čistoslav čistoslava đina đurda ľubica
ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít łazarz łucja łukasz řehoř řehořka
şaban şadan şahap şahin şahinalp şahsuvar şahsüvar şaiq şakir şamil şarani şayan şebnem şecaeddin şefik şehlevent
şehrazat şelale şemsi şenay şener şengül şennur şenol şerafettin şeref şerif şermin şevket şevki şevval şeyban şeyda
şeyma şihab şihabeddin şiir şinasi şir şule şâfi şükrü şəhriyar šalamoun šalomoun šarlota šavel šebastián šimon šimona
štef štefan štefánia štěpán štěpána štěpánka šárka šťasta żaneta žakelina žakelína žaneta žarko ždan ždana želibor
želimír želimíra želislav želislava željko želmír želmíra žigmund žitomír žitomíra žitoslav žitoslava živa živan
živana žofia žofie șerban ștefan ștefana ștefania əhməd`.split(/\s+/),
);
