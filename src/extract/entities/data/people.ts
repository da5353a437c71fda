/**
 * Cues for recognising people: titles and role nouns written before a name,
 * and common given names from many languages (our own list of public facts).
 * All entries lower-case.
 */

/** Titles and role nouns that precede a name and are not part of it ("President Putin", "Sen. Warren"). */
export const PERSON_TITLES = new Set(
  `president vice prime minister secretary senator sen. sen representative rep. rep congressman congresswoman governor
gov. gov mayor mr. mr mrs. mrs ms. ms dr. dr prof. professor general gen. gen colonel col. lieutenant lt. major maj.
captain capt. sergeant sgt. admiral adm. commander judge justice king queen prince princess sheikh emir pope cardinal
bishop archbishop father rev. reverend rabbi imam ayatollah chancellor ambassador commissioner chairman chairwoman chief
director speaker leader dictator spokesman spokeswoman spokesperson attorney prosecutor officer detective sheriff deputy
agent candidate nominee founder ceo anchor host correspondent reporter analyst expert activist lawyer journalist economist
author writer commentator strategist pollster businessman billionaire comedian actor actress singer colleague opponent rival
monsignor msgr. pastor priest premier diplomat envoy negotiator adviser advisor aide commentator mogul tycoon warlord cleric
daughter son wife husband brother sister mother uncle aunt cousin widow grandson granddaughter`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words inside a title phrase ("Secretary of State", "Foreign Minister", "former Vice President"). */
export const TITLE_PARTS = new Set(
  `foreign defense defence interior state general attorney justice finance deputy acting former house senate majority
minority press national security adviser advisor staff white chief of the army armed forces presidential elect
president-elect brig. vice prime supreme top senior democrat republican democratic`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common given names (lower case), used to recognise "Firstname Lastname". */
export const GIVEN_NAMES = new Set(
  `aaron abdul abdullah abu adam adrian ahmad ahmed aisha alan albert alberto alejandro aleksandr aleksei alex alexander
alexandra alexei alexey alfredo ali alice alicia alison allen amanda amy ana anatoly andre andrea andreas andrei andres
andrew andrey andy angela angelo ann anna anne anthony antonio antony ariel arnold arthur ashley augusto avi ayman bashar
ben benjamin bernard bernie beto betsy bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carla
carlos carly carmen carol caroline catherine cesar charles charlie cheryl chris christian christina christine christopher
chuck cindy claire clara claude colin condoleezza cory craig cristina dale dan daniel danny darren dave david dean debbie
deborah denis dennis diana diane dick dmitri dmitry dmitriy don donald donna doug douglas dylan ed eddie edgar eduardo edward
elena eli elijah elizabeth ellen emily emma emmanuel enrique eric erik ernesto evan evgeny fatima federico felipe fernando
francis francisco frank franklin fred frederick gabriel gary gavin gennady george georgi gerald gerardo gina giorgia
giuseppe glenn gloria gonzalo gordon grace greg gregory guillermo gustavo hamid hannah harold harry hassan heather hector
heidi helen henry herbert hillary hossein howard hugo hunter ian igor ilya ivan jack jacob jake james jamie jan jane
janet jason javier jay jean jeb jeff jeffrey jennifer jens jeremy jerome jerry jesse jessica jill jim jimmy joan joe
joel johann john johnny jon jonathan jorge jose josef joseph josh joshua juan judith julia julian julie justin karen karl
kate katherine kathleen kathy keith kelly ken kenneth kevin kim kimberly kirk kristen kurt kyle larry laura lauren leon
leonard leonid lesley linda lindsey lisa liz lloyd lori louis luis luke lynn marco marcos margaret maria marie
marina mario mark marsha martha martin mary matt matteo matthew maxim maxine megan melania melissa michael michel
michelle miguel mike mikhail mitch mitt mohamed mohammad mohammed muhammad nancy naftali natalia natalie nathan neil
nicholas nick nicolas nicole nikki nikolai nikolay nina noah norman olaf olga oliver omar oscar pablo pam pamela pat patricia
patrick paul paula pedro pete peter petro philip phillip pierre rachel rafael ralph ramon ramzan randy raul ray raymond
rebecca recep reince rex ricardo richard rick rob robert roberto robin rodrigo roger roman ron ronald ronny rosa ross roy
ruben rudy rudolph russell ruth ryan saddam sally sam samantha samuel sandra sara sarah scott sean sebastian serge sergei
sergey sergio sharon shawn sheila sheldon shinzo simon sophie stacey stanley stephanie stephen steve steven sue susan tammy
ted teresa terry theresa thomas tim timothy tina todd tom tommy tony tracy tulsi valentina valery vasily vera veronica
victor viktor vince vincent vladimir volodymyr walter wayne wendy william willie xi yair yevgeny yulia yuri yury zach
zachary abdel abdelaziz alfonso armando fidel humberto joaquin leonel manuel rene rodolfo santiago tomas jaime julio
mauricio octavio orlando rigoberto virgilio ignacio bashir hafez hamad hasan hussein ibrahim ismail jamal kamal khalid
mahmoud mustafa nasser osama rashid salman tariq usama yasser youssef yusuf abubakar amir reza mahsa ebrahim javad qasem
kassem ilham emomali kassym nursultan narendra rahul imran nawaz shehbaz benazir jacinda rishi keir francois silvio
andrzej fumio elon mitt newt rand marco ted lindsey chuck nancy kamala hakeem adam jared ivanka huma anthony rudy kellyanne
sean reince steve stephen corey paul mike rex jeff betsy ben ryan jim dianne elizabeth bernie tim tammy joe jill hunter
beau kevin liz ilhan alexandria rashida ayanna cory amy kirsten pete julian tulsi andrew beto eric wolf jake chris anderson
rachel megyn tucker sean laura bret brit juan greta dana kayleigh silvia dora marta lucia isabel adriana beatriz
claudia gilberto lucio napoleon reinaldo rolando rogelio saul segundo ramiro arturo alvaro efrain fabio german hernan horacio
jacobo leopoldo marcelo nelson norberto pascual raimundo ramon rufino teodoro ulises wilfredo joaquin guadalupe milagros`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying that may follow a person's name ("Smith said"). */
export const SPEECH_VERBS = new Set(
  `said says told tells added adds wrote writes stated explained noted argued claimed claims insisted tweeted announced
warned asked replied responded declared acknowledged admitted denied`
    .split(/\s+/)
    .filter(Boolean),
);
