/**
 * Small word lists the actor finder relies on: general knowledge (countries, large cities,
 * honorifics, organisation words), not tuned to any one article.
 */

function set(words: string): Set<string> {
  return new Set(words.split('|'));
}

/** Countries, territories, regions and large cities, as written in English copy. */
export const PLACES = set(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Botswana|Brazil|Britain|Great Britain|Bulgaria|Burkina Faso|Burma|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Finland|France|Gaza|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|North Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Madagascar|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|South Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|United States of America|US|USA|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Northern Ireland|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|Middle East|Latin America|South America|North America|Balkans|Caucasus|Gulf|West Bank|Crimea|Donbas|Kurdistan|Sahel|Helmand|Kabul|Kandahar|Ankara|Istanbul|Damascus|Aleppo|Idlib|Homs|Beirut|Baghdad|Tehran|Riyadh|Doha|Dubai|Abu Dhabi|Cairo|Jerusalem|Tel Aviv|Amman|Moscow|Kyiv|Kiev|Kharkiv|Odesa|Minsk|Warsaw|Berlin|Paris|London|Edinburgh|Glasgow|Cardiff|Belfast|Dublin|Madrid|Barcelona|Lisbon|Rome|Milan|Athens|Brussels|Amsterdam|The Hague|Vienna|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Prague|Budapest|Bucharest|Sofia|Belgrade|Washington|New York|Los Angeles|Chicago|Ottawa|Toronto|Mexico City|Caracas|Bogota|Bogotá|Lima|Santiago|Buenos Aires|Brasilia|Brasília|Sao Paulo|São Paulo|Havana|Beijing|Shanghai|Hong Kong|Tokyo|Seoul|Pyongyang|Delhi|New Delhi|Mumbai|Islamabad|Karachi|Dhaka|Bangkok|Hanoi|Jakarta|Manila|Canberra|Sydney|Nairobi|Lagos|Addis Ababa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Johannesburg|Cape Town|Sarajevo|Pristina|Tbilisi|Yerevan|Baku|Tashkent|Kazan|Sevastopol|Mosul|Raqqa|Deir ez-Zor|Latakia|Tartus|Daraa|Gaziantep|Izmir|Antalya',
);

/** Last words that make a capitalised run a place ("Golan Heights", "Helmand Province"). */
export const PLACE_WORDS = set(
  'Heights|Hills|Valley|Mountains|Mountain|Strip|Coast|Island|Islands|Sea|River|Lake|Province|Region|County|Peninsula|Desert|Gulf|Bay|Straits|Strait|Canal|Basin|Plateau|Oblast|Governorate',
);

/** Given names frequent in news copy; a capitalised pair starting with one is a person. */
export const GIVEN_NAMES = set(
  'Abdul|Abdullah|Abu|Adam|Adrian|Ahmad|Ahmed|Ahmet|Alan|Alejandro|Alex|Alexander|Alexei|Ali|Alice|Amanda|Amir|Andrew|Andrei|Angela|Ann|Anna|Anne|Anthony|Antonio|Barack|Bashar|Ben|Benjamin|Bernard|Bill|Boris|Brian|Carl|Carlos|Catherine|Charles|Chris|Christine|Christopher|Claire|Daniel|David|Dmitry|Donald|Edward|Edmundo|Elizabeth|Emily|Emmanuel|Emma|Eric|Fatima|Francois|François|Frank|Gary|George|Gordon|Hamid|Hassan|Helen|Henry|Hillary|Hugo|Hussein|Ian|Ibrahim|Igor|Ivan|Jack|James|Jane|Javier|Jean|Jeremy|Jim|Joe|John|Jonathan|Jorge|José|Jose|Joseph|Juan|Julia|Kamala|Karen|Kate|Keir|Kevin|Khalid|Laura|Lisa|Luis|Mahmoud|Maria|María|Mariano|Mario|Mark|Martin|Mary|Matteo|Matthew|Mehmet|Michael|Mike|Mohamed|Mohammad|Mohammed|Muhammad|Mustafa|Nancy|Nicholas|Nicolas|Nicolás|Olaf|Oliver|Omar|Pedro|Peter|Philip|Rachel|Recep|Richard|Rishi|Robert|Sarah|Sergei|Silvio|Stephen|Steve|Steven|Susan|Takashi|Theresa|Thomas|Tim|Tom|Tony|Vincent|Vladimir|Volodymyr|Walter|William|Xi|Yusuf|Yuri|Ziya',
);

/** Honorifics and ranks that precede a name ("General Selçuk …", "Mr Brown"). */
export const HONORIFICS = set(
  'Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Sheikh|Imam|Pope|King|Queen|Prince|Princess|Emir|Sultan|Ayatollah|Mr.|Mrs.|Ms.|Dr.',
);

/** Words that make a capitalised run a job title rather than a name. */
export const TITLE_WORDS = set(
  'President|Minister|Ministers|Councillor|Councilor|Councilman|Councilwoman|Alderman|Superintendent|Inspector|Constable|Sheriff|Commissioner|Prosecutor|Detective|Chancellor|Secretary|Commander|Chief|General|Brigadier|Major-General|Lieutenant|Colonel|Admiral|Captain|Sergeant|Marshal|Director|Governor|Mayor|Senator|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Leader|Speaker|Judge|Attorney|Officer|Representative|Congressman|Congresswoman|Premier|Emir|King|Queen|Prince|Sheikh|Pope|Rep.|Sen.|Gen.|Col.|Lt.|Capt.',
);

/**
 * Words of government portfolios ("Minister of Foreign Affairs", "Secretary of Homeland
 * Security"): after "Title of", they belong to the role, not to the name that follows.
 */
export const PORTFOLIO_WORDS = set(
  'Affairs|Policy|Security|Development|Care|Services|Welfare|Relations|Resources|Planning|Protection|Transition|Industry|Industries|Technology|Innovation|Infrastructure|Communications|Works|Housing|Tourism|Sport|Sports|Youth|Women|Family|Families|Children|Labour|Labor|Employment|Pensions|Agriculture|Fisheries|Forestry|Food|Rural|Climate|Change|Environment|Energy|Mines|Mining|Water|Heritage|Culture|Arts|Digital|Science|Research|Education|Health|Finance|Economy|Economic|Trade|Commerce|Investment|Budget|Justice|Defence|Defense|Interior|Home|Foreign|State|Transport|Immigration|Migration|Integration|Equality|Equalities|Social|Public|National|Veterans|Homeland|Internal|External|Revenue|Local|Regional|Cooperation|Solidarity|Administration|Reform|Information|Communication|Safety|Emergency|Emergencies|Disaster|Situations|Levelling|Up|Growth',
);

/** Words that are part of a title only when a title word follows ("Defence Secretary", "Prime Minister"). */
export const TITLE_MODIFIERS = set(
  'First|Vice|Prime|Deputy|Foreign|Defence|Defense|Finance|Interior|Shadow|Economy|Health|Home|Trade|Justice|Executive|Head|Chair|Culture|Education|Energy|Environment|Transport',
);

/** Lower-case words that, just before a name, describe the person's role ("chief executive X"). */
export const ROLE_NOUNS = set(
  'manager|coach|boss|chair|co-chair|midfielder|striker|defender|goalkeeper|owner|lawyer|correspondent|scientist|researcher|president|minister|chancellor|secretary|commander|chief|executive|director|leader|head|professor|spokesman|spokeswoman|spokesperson|candidate|ambassador|governor|mayor|senator|official|officer|analyst|economist|reporter|editor|founder|chairman|chairwoman|judge|envoy|general|colonel|captain|lawmaker|deputy|premier|strongman|dictator|commissioner|negotiator|adviser|advisor|aide',
);

/** Words that make a capitalised run an organisation. */
export const ORG_WORDS = set(
  'Ministry|Exchequer|People|City|United|FC|Club|Democrats|Republicans|Conservatives|Socialists|Greens|Ministry|Department|Council|Observatory|Force|Forces|Army|Navy|Office|Institute|University|College|Bank|Fund|Party|Union|Commission|Agency|Authority|Committee|Group|Motors|Motor|Corporation|Corp|Company|Inc|Ltd|Plc|Securities|Platform|Organization|Organisation|International|Observer|News|Times|Post|Reuters|Association|Parliament|Commons|Government|Administration|Initiative|Coalition|Alliance|Front|Movement|Court|Assembly|Congress|Senate|Cabinet|Service|Services|Police|Guard|Command|Foundation|Trust|Federation|League|Network|Watch|Press|Media|Airlines|Airways|Industries|Holdings|Capital|Partners|Exchange|Board|Centre|Center|Staff|Strategy|Monitor|Tribunal|Brigade|Brigades|Battalion|Corps|Council|Directorate|Secretariat|Programme|Telegraph|Guardian|Herald|Journal|Gazette|Tribune|Review|Daily|Radio|Television|TV|Institution|Society|Unit|Treasury|Kremlin|Pentagon|Nations',
);

/** Capitalised words that are never actors on their own (sentence openers, calendar words). */
export const NOT_ACTORS = set(
  'The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|In|On|At|By|For|From|With|Without|As|But|And|Or|Yet|So|If|While|When|Where|After|Before|Since|Although|Though|However|Meanwhile|Moreover|Also|Still|Now|Then|There|Here|Today|Yesterday|Tomorrow|According|Despite|During|Under|Over|Among|Between|Both|Each|Every|Many|Most|Some|Such|No|Not|Other|Another|Last|Next|First|Second|Third|New|Old|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter|Christmas|Easter|Ramadan|Reports|Report|Posts|Officials|Analysts|Experts|Critics|Sources|Residents|Leaders|Mr|Mrs|Ms|Dr|Sir|Yes|Oh|Well|Just|Even|Only|What|Who|Why|How|Which|Whether|Because|Until|Unless|Once|Do|Does|Did|Is|Are|Was|Were|Be|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Shall|Let|Please|Thanks|Victory|Finally|Other|Further|Instead|Indeed|Earlier|Later|Several|Almost|About|Around|More|Less|All|Any|Much|Few|Respite|Crucial|Warm|Heat|Now|Published|Updated|Chief|President|General|Minister|Prime|Chancellor|Secretary|Commander',
);

/** Nationality adjectives: they start organisation names but are not places themselves. */
export const DEMONYMS = set(
  'Turkish|Syrian|American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Greek|Russian|Ukrainian|Chinese|Japanese|Korean|Indian|Pakistani|Afghan|Iranian|Iraqi|Israeli|Palestinian|Lebanese|Jordanian|Egyptian|Saudi|Emirati|Qatari|Kurdish|Arab|European|African|Asian|Venezuelan|Brazilian|Mexican|Canadian|Australian|Dutch|Belgian|Swiss|Austrian|Polish|Swedish|Norwegian|Danish|Finnish|Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian|Bosnian|Albanian|Libyan|Tunisian|Algerian|Moroccan|Nigerian|Kenyan|Ethiopian|Sudanese|Somali|Yemeni|Omani|Kuwaiti|Bahraini|Azerbaijani|Armenian|Georgian|Belarusian|Colombian|Peruvian|Chilean|Argentine|Argentinian|Cuban|Malaysian|Indonesian|Filipino|Thai|Vietnamese|Taiwanese|Spanish|US-German|Western|Eastern|Northern|Southern',
);

/** Capitalised words that name things, not actors ("Missile Systems", "Budget"). */
export const THING_WORDS = set(
  'System|Systems|Missile|Missiles|Rocket|Rockets|Artillery|Package|Budget|Report|Summit|Agreement|Accord|Treaty|Memorandum|Exhibition|Day|Week|Programme|Program|War|Crisis|Act|Bill|Law|Plan|Deal|Questions|Prize|Award|Cup|Games|Olympics|Index|Implications|Chapter|Cooperation|Understanding|Drawdown|Mobility|Surface-to-Air|Advanced|Rights|Era|Revolution|Spring|Street|Road|Square|Avenue|Bridge|Airport|Hospital|Stadium|Tower|Palace|House|Hall',
);

/**
 * Organisations whose names hold no organisation word ("Red Cross" would read as a person).
 * A run ending in one of these ("American Red Cross") is an organisation too.
 */
export const ORG_NAMES = set(
  'Red Cross|Red Crescent|Doctors Without Borders|Médecins Sans Frontières|Islamic State|Muslim Brotherhood|Boko Haram|Sinn Féin|Sinn Fein|Golden Dawn|Wagner Group',
);

/** Acronyms that are not actors. */
export const NOT_ACTOR_ACRONYMS = set(
  'CEO|CFO|GDP|SUV|SUVs|EST|GMT|BST|UTC|CET|TV|PM|AM|MP|MPs|MSP|MSPs|MEP|MEPs|AMs|TDs|VAT|AI|IT|ID|OK|PR|HQ|DNA|FTSE|DAX|CAC|NASDAQ|COVID|PDF|USD|EUR|GBP|DIY|VIP|II|III|IV',
);
