import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinCoder, eventsOf } from '../../../test/helpers/coder.js';

// Sentences written for these tests, one or more per CAMEO root and per grammar case.
// Each expected event is "SOURCE TARGET ROOT" (the CAMEO root: the category a coder must get right).
const rows: [string, string[]][] = [
  // 01-05 verbal cooperation
  // "it" after a body of people ("the Japanese government") is that body
  ['The Japanese government said on Monday it welcomed the decision by South Korea.', ['JPNGOV KOR 05']],
  ["Israel's military said Sunday it had killed a senior Hezbollah commander.", ['ISRMIL LBNREB 18']],
  ['Iran appealed to the United Nations for humanitarian aid.', ['IRN IGOUNO 02']],
  ['Germany pledged to provide economic aid to Ukraine.', ['DEU UKR 03']],
  ['Chinese President Xi Jinping held a telephone conversation with Russian President Vladimir Putin.', ['CHNGOV RUSGOV 04', 'RUSGOV CHNGOV 04']],
  ['French President Emmanuel Macron visited Beijing on Wednesday.', ['FRAGOV CHNGOV 04', 'CHNGOV FRAGOV 04']],
  ['The Indian prime minister praised Japan for its support.', ['INDGOV JPN 05']],
  // 06-08 material cooperation
  ['Turkey and Azerbaijan signed a military cooperation agreement.', ['TUR AZE 05', 'AZE TUR 05']],
  ['The United States sent humanitarian aid to Sudan.', ['USA SDN 07']],
  ['Taiwan elected a president whom Beijing calls a dangerous separatist.', []],
  ['Russian paratroopers began arriving in Kazakhstan on Thursday.', []],
  ["Britain ordered the closure of Iran's embassy in London on Wednesday.", ['GBR IRNGOV 16']],
  // protesters placed by the dateline stay where they rally, whatever government they aim at
  ['HONG KONG (AP) — Hong Kong police fired tear gas at protesters who blocked major roads to demand that Beijing allow free elections.', ['HKGCOP HKGOPP 17', 'HKGOPP CHNGOV 14']],
  // a curfew that names no one is imposed on the country
  ['Thailand\'s junta suspended the constitution and imposed a nationwide curfew from 10 p.m. to 5 a.m. U.S. Secretary of State John Kerry said there was no justification for the coup.', ['THAMIL THA 17', 'USAGOV THAMIL 11']],
  // "were met with tear gas" is force used, "met with scepticism" no meeting; staff pulled out of a capital
  ['Thousands of Turkish protesters were met with tear gas by police in Istanbul.', ['TURCOP TUROPP 17']],
  ['The plan was met with scepticism in Brussels.', []],
  ['Britain pulled all its diplomatic staff out of Tehran.', ['GBR IRNGOV 16']],
  // a leader who resigns after protests yields to the protesters; with no protest told, to no one
  ['Armenian Prime Minister Serzh Sargsyan resigned on Monday after 11 days of mass street protests against his appointment.', ['ARMGOV ARMOPP 08']],
  ['Tens of thousands of protesters rallied in Cairo. Egyptian President Hosni Mubarak stepped down on Friday.', ['EGYOPP EGYGOV 14', 'EGYGOV EGYOPP 08']],
  ['British Prime Minister Liz Truss resigned on Thursday.', []],
  // a border or airspace closed to another state is a sanction; retaliation against its decision is no force
  ['Burundi closed its border with Rwanda on Thursday.', ['BDI RWA 16']],
  ["Pakistan closed its airspace to Indian airlines and suspended all trade with India, retaliating against New Delhi's decision to suspend a water-sharing treaty.", ['PAK IND 16']],
  // brokered or mediated, told in the passive after what was brokered: between the sentence's parties
  ['Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations, after talks in Beijing brokered by China.', ['IRN SAU 03', 'SAU IRN 03', 'CHN IRN 04', 'CHN SAU 04']],
  // an unknown name with a role and its "of" phrase in apposition is of that role
  ['TUNIS (Reuters) - Tunisian police arrested Rached Ghannouchi, leader of the main opposition Ennahda party, at his home on Monday night.', ['TUNCOP TUNOPP 17']],
  // an act told as a noun with both parties: "of" is acted on, "by" acts
  ['The arrest of two Canadians by China angered Ottawa.', ['CHN CAN 17']],
  ['The arrest of the opposition leader by police sparked protests in Dhaka.', ['BGDCOP BGDOPP 17']],
  ['The arrest of the opposition leader sparked protests in Dhaka.', []],
  ['A North Korean submarine torpedoed the South Korean warship Cheonan, prompting Seoul to vow firm action against its neighbour.', ['PRK KORMIL 19', 'KORGOV PRK 13']],
  ['France recalled its ambassador from Tehran, and Norway temporarily closed its embassy in Tehran.', ['FRA IRNGOV 16', 'NOR IRN 16']],
  ['Russian Foreign Minister Sergei Lavrov arrived in Kazakhstan on Thursday.', ['RUSGOV KAZ 04']],
  // arms fought with are no party: the two sides fought each other
  ['Kyrgyz and Tajik troops fought with tanks and mortars along their disputed border on Friday.', ['KGZMIL TJKMIL 19', 'TJKMIL KGZMIL 19']],
  ['China sent warships and fighter jets towards Taiwan.', ['CHN TWN 15']],
  // cooperation told as ending is a reduction of relations; a phase verb's "-ing" action is the event
  ['Russia ceased supplying gas to Moldova.', ['RUS MDA 16']],
  ['Poland is no longer sending weapons to Ukraine.', ['POL UKR 16']],
  ['North Korea stopped talking to South Korea.', ['PRK KOR 16']],
  ['Poland did not send weapons to Ukraine.', []],
  ['Russia is no longer shelling Kharkiv.', []],
  ['Russia began shelling Kharkiv on Monday.', ['RUS UKR 19']],
  ['Iran denied supplying drones to Russia.', ['IRN RUS 01']],
  // donors together give to a third party, not to each other
  ['Both Australia and New Zealand pledged millions of dollars in emergency aid.', []],
  ['Japan and South Korea sent aid after the earthquake.', []],
  ['Israel released 39 Palestinian prisoners.', ['ISR PSECVL 08']],
  // 09-13 verbal conflict
  ['The European Union demanded that Russia withdraw its troops from Ukraine.', ['IGOEUREEC RUS 10']],
  ['Pakistan accused India of violating the ceasefire.', ['PAK IND 11']],
  ['Iran rejected the proposal from the United States.', ['IRN USA 12']],
  ['North Korea threatened to attack South Korea.', ['PRK KOR 13']],
  // 14-20 material conflict
  ['Russian troops shelled Kharkiv on Tuesday.', ['RUSMIL UKR 19']],
  ['Egyptian police arrested dozens of protesters in Cairo.', ['EGYCOP EGYOPP 17']],
  ['The United States imposed sanctions on Iran.', ['USA IRN 16']],
  ['Israeli warplanes bombed targets in Gaza.', ['ISRMIL PSE 19']],
  // a quantity of a role is that role; a role with no country takes the place it acted in
  ['Police in Nairobi arrested dozens of opposition supporters on Monday.', ['KENCOP KENOPP 17']],
  // people named by their country protest as its people
  ['Tens of thousands of Lebanese rallied across the country on Friday.', ['LBNCVL LBNGOV 14']],
  // a protest that names no one is aimed at its country's government
  ['Thousands of protesters rallied in Tbilisi against a proposed law.', ['GEOOPP GEOGOV 14']],
  ['Protesters rallied against the law.', []],
  // a role with no country yet fills a pattern's slot and takes the other party's country
  ['The Taliban banned women from working for aid groups.', ['AFGGOV AFGCVL 17']],
  ['Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi.', ['CHNGOV INDGOV 04', 'INDGOV CHNGOV 04']],
  ['The African Union suspended Niger after the military coup.', ['IGOAFRAFU NER 16']],
  ['Blinken arrived in Cairo after visiting Israel.', ['USAGOV EGY 04', 'USAGOV ISR 04', 'ISR USAGOV 04']],
  ['Fidan told reporters after meeting Swedish Foreign Minister Tobias Billstrom.', ['TURGOV SWEGOV 04', 'SWEGOV TURGOV 04']],
  // "what X called Y" names something; it is not a phone call
  ['Hungary criticised Sweden for what he called hostile remarks about Hungarian democracy.', ['HUN SWE 11']],
  ['Iran rejected talks with the United States, calling them not wise.', ['IRN USA 12']],
  ['Trump called Putin a friend.', []],
  ["China's navy conducted live-fire drills near Taiwan, which Beijing called a warning to separatists.", ['CHNMIL TWN 15']],
  ['The Netherlands handed over 18 F-16 jets to Ukraine.', ['NLD UKR 07']],
  ['Putin called Erdogan on Tuesday.', ['RUSGOV TURGOV 04']],
  ['NATO Secretary General Jens Stoltenberg welcomed Finland\'s decision to join the alliance.', ['IGOWSTNAT FIN 05']],
  ['Venezuela recalled its ambassador to Guyana for consultations.', ['VEN GUY 16']],
  ['The US State Department condemned the decision by Moscow.', ['USAGOV RUSGOV 11']],
  ['Ecuadorian police arrested a former vice president.', ['ECUCOP ECUELI 17']],
  // a named official placed by the dateline keeps that country (a bare role yields to the other party's)
  ['BEIJING, March 6 (Wire) -- Foreign Minister Zhou Ming warned American firms.', ['CHNGOV USABUS 13']],
  ['DHAKA, March 6 (Wire) -- Police fired at Indian students.', ['INDCOP INDEDU 17']],
  // police or soldiers using plain force on their own country's people repress them (175); an outcome of another act keeps its force code
  ['KIEV (Reuters) - Ukrainian riot police wielding batons broke up a protest camp, injuring dozens of demonstrators.', ['UKRCOP UKROPP 17']],
  // a hyphenated act noun names the act again
  ['MOSCOW (Reuters) - Chechen gunmen took hundreds of people hostage in a Moscow theatre. The U.N. Security Council condemned the hostage-taking.', ['RUSREB RUS 18', 'IGOUNO RUSREB 11']],
  // the phrase an "-ing" participle opening the sentence tells about is the subject; so is one an adjective's phrase follows
  ['The Saudi-led coalition fighting in Yemen said it was expelling Qatar from the alliance.', ['SAU YEM 19', 'SAU QAT 16']],
  ['Rebels holding 30 hostages in Jolo threatened on Monday to kill them unless Manila freed prisoners.', ['PHLREB PHLGOV 18', 'PHLREB PHLGOV 13']],
  ['Guinean soldiers loyal to the junta arrested opposition leaders.', ['GINMIL GINOPP 17']],
  // a two-word noun the tagger reads as a verb ("asset freezes") is retagged from dictionaries/segment/noun-compounds.txt
  ['The United States imposed asset freezes on Russian officials.', ['USA RUSGOV 16']],
  // "him" is never its own clause's subject: the subject of the clause before it is
  ['The Venezuelan opposition leader declared victory, and the Brazilian foreign minister congratulated him.', ['BRAGOV VENOPP 05']],
  // a pronoun subject after a time adverbial or an opening quotation continues the last sentence's subject
  ["Liberian President Charles Taylor resigned on Monday. 'God willing, I will be back,' he told the gathering. Hours later he landed in Nigeria, where Nigerian President Olusegun Obasanjo granted him asylum.", ['LBRGOV NGA 04', 'NGAGOV LBRGOV 07']],
  // a participle between a number and a noun modifies it ("four suspected gunmen")
  ['Haitian police killed four suspected gunmen and arrested two others.', ['HTICOP HTIREB 19']],
  // telling another party to act is a demand (what it is told to do has not happened); a surname is found again without its "al-"
  ['Saudi Arabia told Syrian President Bashar al-Assad to withdraw his troops from Lebanon. The Saudi foreign minister later met Assad in Riyadh.', ['SAU SYRGOV 10', 'SAUGOV SYRGOV 04', 'SYRGOV SAUGOV 04']],
  // ... but a state telling its own forces to act gives an order, which is not coded
  ['The Belarusian president told the army to guard the western border.', []],
  // speaking to a party is consulting it, but talking to the press is not; a protest carried on is a protest
  ['Indian Prime Minister Narendra Modi spoke to his Nepali counterpart.', ['INDGOV NPLGOV 04', 'NPLGOV INDGOV 04']],
  ['Russian President Vladimir Putin spoke to Reuters on Friday.', []],
  ['KHARTOUM (Reuters) - Thousands of protesters kept up their sit-in on Saturday.', ['SDNOPP SDNGOV 14']],
  // once a party is named, "to" before a verb is an infinitive, not the "to" of "to +"; an application "to join" still aims at what it joins
  ['Washington said it would provide Iraq with assistance to confront Islamic State.', ['USAGOV IRQ 03']],
  ['Ukrainian President Volodymyr Zelensky said his country was submitting an application to join NATO.', ['UKRGOV IGOWSTNAT 02']],
  // a show of force is not aimed at the force shown
  ['NOUMEA (Reuters) - The French government deployed troops to secure the ports of New Caledonia.', ['FRAGOV NCL 15']],
  // "the rebels" is the armed group named last, else a role like any other (here placed by the dateline)
  ['BANGUI (Reuters) - Police arrested dozens of protesters. The rebels seized the capital Bangui on Sunday.', ['CAFCOP CAFOPP 17', 'CAFREB CAFGOV 19']],
  // a modifier in quotation marks stays inside its phrase, so the act is named again
  ['Gunmen assassinated Haitian President Jovenel Moise at his home. U.S. President Joe Biden condemned the "heinous" attack.', ['HTIREB HTIGOV 18', 'USAGOV HTIREB 11']],
  // so does a whole phrase quoted after its determiner
  ['Russian forces launched an invasion of Ukraine. Biden condemned an "unprovoked and unjustified attack".', ['RUSMIL UKR 19', 'USAGOV RUSMIL 11']],
  // after ", and" a clause starts, so two names before its verb are its coordinated subject
  ['Biden threatened to reimpose sanctions on Myanmar, and Australia and Britain called for the release of Aung San Suu Kyi.', ['USAGOV MMR 13', 'AUS MMRGOV 02', 'GBR MMRGOV 02']],
  // "followed suit" repeats the act just told, with its own subject as the source
  ['The United States recognized the Venezuelan opposition leader as president. Canada and Brazil followed suit.', ['USA VENOPP 05', 'CAN VENOPP 05', 'BRA VENOPP 05']],
  // the head of an international body takes its code, also when the tagger reads "general" as an adjective
  ['Joe Bloggs, the secretary-general of the Organization of American States, congratulated the Venezuelan opposition leader.', ['IGOOAS VENOPP 05']],
  // a time limit given to a party to act is an ultimatum; rejecting it rejects whoever gave it; a weekday does not join the name after it
  ['President George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq. On Tuesday Iraq rejected the ultimatum.', ['USAGOV IRQELI 13', 'IRQ USAGOV 12']],
  // "countries, including A and B": the countries named are the ones acted on
  ['The European Union imposed sanctions on several countries, including Iran and Syria.', ['IGOEUREEC IRN 16', 'IGOEUREEC SYR 16']],
  // ... and "embassies, including those of A and B" for their governments
  ['KINSHASA (Reuters) - Protesters attacked several foreign embassies in Kinshasa on Tuesday, including those of France and Rwanda.', ['CODOPP FRAGOV 14', 'CODOPP RWAGOV 14']],
  // ... also when the list stands between the verb's party and the infinitive that tells the act
  ['Caracas ordered diplomats from seven Latin American countries, including Argentina and Chile, to leave the country.', ['VENGOV ARG 16', 'VENGOV CHL 16']],
  // pressing a party to make concessions is an appeal to yield, not a demand
  ['Tanzanian President Jakaya Kikwete pressed Kenyan President Mwai Kibaki to make concessions.', ['TZAGOV KENGOV 02']],
  // "the court" is the international court named before, whatever place follows it
  ["The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir. Sudan's government said it would not cooperate with the court in The Hague.", ['IGOJUDICC SDNGOV 17', 'SDNGOV IGOJUDICC 12']],
  // a call to free someone is made to whoever holds them (else to their own state); "said the detention of the captain was illegal" reports a denunciation
  ['Soldiers detained President Ibrahim Boubacar Keita in Bamako. U.N. Secretary-General Antonio Guterres demanded the immediate release of Keita.', ['MLIMIL MLIGOV 17', 'IGOUNO MLIMIL 10']],
  ["Japan's coast guard arrested the captain of a Chinese trawler. Chinese Foreign Ministry spokeswoman Jiang Yu said the detention of the captain was illegal and demanded the captain's immediate release.", ['JPNMIL CHN 17', 'CHNGOV JPNMIL 11', 'CHNGOV JPNMIL 10']],
  // a curfew is an act of its own beside the arrests told with it
  ['BANGKOK (AP) - Soldiers detained opposition leaders, and the military imposed a nationwide curfew.', ['THAMIL THAOPP 17', 'THAMIL THA 17']],
  // a denial answers whoever accused the denier's side, else the side it last dealt with
  ['Britain accused Russia of the poisoning. Moscow has denied any involvement.', ['GBR RUS 11', 'RUSGOV GBR 01']],
  ['The Czech government expelled 18 Russian diplomats. Moscow rejected the accusations.', ['CZEGOV RUSGOV 16', 'RUSGOV CZEGOV 01']],
  // "them" after a crowd is the crowd ("opposition supporters"); martial law lifted is lifted from the country; "all sides" are the sides
  ['NAIROBI (Reuters) - Thousands of opposition supporters marched in Nairobi, and police fired tear gas to disperse them.', ['KENOPP KENGOV 14', 'KENCOP KENOPP 17']],
  ['South Korean President Yoon Suk Yeol lifted martial law early on Wednesday.', ['KORGOV KOR 08']],
  ['Russian forces launched an offensive against Ukrainian troops. China urged all sides to exercise restraint.', ['RUSMIL UKRMIL 19', 'CHN RUSMIL 02', 'CHN UKRMIL 02']],
  // an act of two sides whose pattern names no other party is between them
  ["GENEVA (Reuters) - The United States and Russia agreed on Saturday on a framework for eliminating Syria's chemical weapons.", ['USA RUS 03', 'RUS USA 03']],
  // "followed X in backing Y": the gerund after "in" is its governing clause's subject's act
  ['The United States recognised the Venezuelan opposition leader as president. Canada and Brazil followed Washington in backing the opposition leader.', ['USA VENOPP 05', 'CAN VENOPP 05', 'BRA VENOPP 05']],
  // a noun of blame as what an act or a party is said to be
  ['Russian forces invaded Ukraine. Stoltenberg said the assault was a grave breach of international law. Kyiv said Russia was the aggressor.', ['RUSMIL UKR 19', 'IGOWSTNAT RUSMIL 11', 'UKRGOV RUS 11']],
  // mediation that names no one is between the sides of the joint act told
  ["PRETORIA (Reuters) - Ethiopia's government and forces from the northern Tigray region agreed on Wednesday to a permanent cessation of hostilities. The deal was signed in Pretoria after 10 days of talks mediated by the African Union.", ['ETHGOV ETHMIL 08', 'ETHMIL ETHGOV 08', 'IGOAFRAFU ETHGOV 04', 'IGOAFRAFU ETHMIL 04']],
  // a court striking down an election's outcome finds against the state's government
  ["NAIROBI (Reuters) - Kenya's Supreme Court annulled President Uhuru Kenyatta's election victory.", ['KENJUD KENGOV 11']],
  // "the two men" are the two people named last
  ['Mozambican President Daniel Chapo met opposition leader Venancio Mondlane on Sunday, and the two men pledged to end the violence.', ['MOZGOV MOZOPP 04', 'MOZOPP MOZGOV 04', 'MOZGOV MOZOPP 03', 'MOZOPP MOZGOV 03']],
  // the sides are the two named together, also when one of them is "the leader of" a group and the sides' reach is a paragraph
  ['Colombian President Juan Manuel Santos and the leader of the FARC guerrilla group signed a definitive ceasefire in Havana on Thursday, bringing Latin America\'s longest-running war close to an end after more than half a century. U.N. Secretary-General Antonio Guterres, who attended the signing along with several Latin American presidents, congratulated both sides.', ['COLGOV COLREB 05', 'COLREB COLGOV 05', 'IGOUNO COLGOV 05', 'IGOUNO COLREB 05']],
  // concern over a party's act is disapproval of it; a warrant said to be worthless is denounced
  ['Russian forces launched an invasion of Ukraine. Pakistan expressed deep concern over the Russian attack.', ['RUSMIL UKR 19', 'PAK RUS 11']],
  ['The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir. Bashir said the warrant was worthless.', ['IGOJUDICC SDNGOV 17', 'SDNGOV IGOJUDICC 11']],
  // a commitment whose action no pattern codes is itself an intent to cooperate
  ['Turkey and Sweden agreed on Tuesday to set up a joint mechanism.', ['TUR SWE 03', 'SWE TUR 03']],
  ['Turkey hopes to set up a joint mechanism with Sweden.', []],
  // what the pattern's words name is the act, not a party
  ['North Korea fired two ballistic missiles into the sea.', ['PRK - 15']],
  // a participle after a comma continues the act before it; the people it names are that act's target's
  ["Myanmar's military junta bombed a monastery in the Sagaing region, killing 23 civilians.", ['MMRMIL MMRCVL 19']],
  // (the same act's outcome is one event: its victims refine a place-only target)
  ['KYIV, June 2 (Wire) - Russia launched a missile attack on Kyiv, killing at least 12 people.', ['RUS UKRGOV 19']],
  ['Sudanese army aircraft bombed a market in Omdurman, killing 20 civilians.', ['SDNMIL SDNCVL 19']],
  ['Pakistan expelled an Indian diplomat on Monday, accusing him of spying.', ['PAK INDGOV 16', 'PAK INDGOV 11']],
  ['Israeli troops raided the Jenin refugee camp, arresting dozens of Palestinians.', ['ISRMIL PSEREF 19', 'ISRMIL PSE 17']],
  ['Ecuadorian police raided the Mexican embassy in Quito and arrested a former vice president.', ['ECUCOP MEXGOV 17', 'ECUCOP ECUELI 17']],
  // an attack named with its side is a passive's agent; a clause with no source leaves what it governs to be coded
  ['A senior Hamas official was killed in an Israeli strike in Beirut.', ['ISR PSEREBHMS 18']],
  ['Two Hamas commanders were killed in Gaza.', []],
  ['Five soldiers were killed when militants ambushed an army convoy in northwest Pakistan.', ['PAKREB PAKMIL 19']],
  ['Ethiopia and Eritrea traded accusations on Tuesday.', ['ETH ERI 11', 'ERI ETH 11']],
  ['Polish and NATO aircraft shot down Russian drones.', ['POL RUSMIL 19', 'IGOWSTNAT RUSMIL 19']],
  // people a pattern's words name are its target ("shoot protesters"); weapons are not
  ['Police shot dead 19 protesters in Kathmandu.', ['NPLCOP NPLOPP 17']],
  // a state's boycott with no one named says too little (people protesting need no target); support that is logistics or medicine is aid
  ['NAIROBI (Reuters) - Kenya boycotted the hearings in March.', []],
  ['NAIROBI (Reuters) - Thousands of opposition supporters boycotted the vote.', ['KENOPP KENGOV 14']],
  ['DJIBOUTI (Reuters) - France said it was giving logistical and medical support to the Djiboutian army.', ['FRA DJIMIL 07']],
  // youths in the street are civilians; a handling defended is its doer's; a referred revolt is its doers'
  ['TALLINN (Reuters) - Hundreds of youths threw stones and bottles at police.', ['ESTCVL ESTCOP 14']],
  ["BANGKOK (Reuters) - Prime Minister Thaksin Shinawatra defended the security forces' handling of the protest.", ['THAGOV THAMIL 05']],
  ["Russian Foreign Minister Sergei Lavrov called the Estonian authorities' treatment of the memorial disgusting.", ['RUSGOV ESTGOV 11']],
  ['QUITO (Reuters) - Rebellious police officers took over barracks in Quito. The Organization of American States condemned the uprising.', ['IGOOAS ECUCOP 11']],
  // a foreign embassy named as a landmark does not say whose the police are
  ['YEREVAN (Reuters) - Police used tear gas and batons, and protesters threw up barricades near the city hall and the French embassy.', ['ARMCOP ARMCVL 17']],
  // a body of state dissolved by another is an administrative sanction, not a concession
  ['BISSAU (Reuters) - President Kumba Yala dissolved parliament last November.', ['GNBGOV GNBLEG 17']],
  ['MAPUTO (Reuters) - Mozambique\'s President Filipe Nyusi and Ossufo Momade, leader of the former rebel movement Renamo, signed a peace agreement on Tuesday.', ['MOZGOV MOZOPP 05', 'MOZOPP MOZGOV 05']],
  ['N\'DJAMENA (Reuters) - Police fired tear gas at demonstrators in the capital. The African Union strongly condemned the repression of the demonstrations.', ['TCDCOP TCDOPP 17', 'IGOAFRAFU TCDCOP 11']],
  ['MADRID (Reuters) - Spanish special forces attacked Moroccan marines on the islet. Morocco condemned the operation as an act of aggression.', ['ESPMIL MARMIL 19', 'MAR ESPMIL 11']],
  // a quantity's lead words ("at least", "more than") open the object, after "shot dead" too
  ['LAGOS (Reuters) - Nigerian soldiers and police had killed at least 12 peaceful protesters in Lagos.', ['NGAMIL NGAOPP 17', 'NGACOP NGAOPP 17']],
  ['LAGOS (Reuters) - Police shot dead at least 12 protesters in Lagos.', ['NGACOP NGAOPP 17']],
  // a state's forces using force side by side do not act on each other; what they do it to is the target
  ['KAMPALA (Reuters) - Ugandan soldiers and police fired tear gas on Sunday.', []],
  ['KAMPALA (Reuters) - Police and soldiers fired tear gas and live rounds to disperse crowds in the capital.', ['UGACOP UGACVL 17', 'UGAMIL UGACVL 17']],
  ['KAMPALA (Reuters) - His supporters blocked roads and pelted police with stones in several parts of Kampala.', ['UGACVL UGACOP 14']],
  // an armed body's post or vehicle is the body, for force used on it ...
  ['TRIPOLI, Lebanon (Reuters) - Militants attacked army posts around the Nahr al-Bared Palestinian refugee camp.', ['LBNREB LBNMIL 19']],
  ['KABUL (Reuters) - Gunmen attacked a police station in the capital.', ['AFGREB AFGCOP 19']],
  // harm done goes with the attack told just before it, and those harmed say whose posts were attacked
  ['ISLAMABAD (Reuters) - Pakistan shut NATO supply routes after NATO helicopters attacked two military checkpoints near the Afghan border, killing 24 Pakistani soldiers.', ['IGOWSTNAT PAKMIL 19']],
  // ... and an armed body's use of force, named by its doer, stands for the doer
  ['GOMA, Congo (Reuters) - M23 rebels seized Goma. The Security Council condemned the rebel advance.', ['CODREB COD 19', 'IGOUNO CODREB 11']],
  ['NAIROBI (Reuters) - Amnesty International criticised the police crackdown.', ['NGOHRIAMN KENCOP 11']],
  // a state of emergency that names no one is imposed on the country
  ['Ecuador declared a state of emergency in seven provinces.', ['ECU ECU 17']],
  ['KATHMANDU, Sept 9 (Wire) - Police shot dead 19 protesters during demonstrations.', ['NPLCOP NPLOPP 17']],
  // "they" after two people of different sides is both of them; a state is not its own bare country's target
  ['Australian Prime Minister Anthony Albanese met U.S. President Donald Trump at the White House, where they signed a deal on critical minerals.', ['AUSGOV USAGOV 04', 'USAGOV AUSGOV 04', 'AUSGOV USAGOV 05', 'USAGOV AUSGOV 05']],
  ["Chinese President Xi Jinping praised the friendship between China and Pakistan.", ['CHNGOV PAK 05']],
  ['The World Bank approved a $1 billion loan to Egypt.', ['IGOUNODEVWBK EGY 07']],
  ['Chinese and Russian warships held joint naval drills in the Sea of Japan.', ['CHNMIL RUSMIL 06', 'RUSMIL CHNMIL 06']],
  ['Turkey threatened to launch a new military operation against Kurdish fighters in northern Syria.', ['TUR SYRREB 13']],
  // nested quantities; quantities after a misread past verb; compounds the tagger splits
  ['Tens of thousands of people demonstrated in Tel Aviv.', ['ISRCVL ISRGOV 14']],
  ['Armed men abducted more than 200 schoolchildren in northern Nigeria, police said.', ['NGAREB NGAEDU 18']],
  ['Police fired tear gas at protesters in Nairobi.', ['KENCOP KENOPP 17']],
  // "between A and B" always coordinates; "the country" is the country named last
  ['The African Union welcomed the peace agreement between Congo and Rwanda signed in Washington.', ['IGOAFRAFU COD 05', 'IGOAFRAFU RWA 05']],
  ["Argentina's economy minister said the country would seek a new loan from the International Monetary Fund.", ['ARG IGOBUSIMF 03']],
  ['A Chinese vessel rammed a Philippine coast guard ship.', ['CHN PHLMIL 19']],
  ["Russia continued its attacks on Ukraine's energy grid.", ['RUS UKR 19']],
  ['On Monday, al-Shabaab fighters killed 10 soldiers in Mogadishu.', ['SOMREB SOMMIL 19']],
  ["Serbia's president accused foreign intelligence services of orchestrating the protests.", []],
  ['Britain, France and Germany triggered the snapback of U.N. sanctions on Iran.', ['GBR IRN 16', 'FRA IRN 16', 'DEU IRN 16']],
  ['The United States, which has been pushing for a ceasefire, on Sunday accused Russia of stalling.', ['USA RUS 11']],
  ['China retaliated with tariffs on American soybeans.', ['CHN USA 16']],
  // a reprisal that names its weapons is force with no force told before it; "artillery fire" is one weapon
  ['Israel hit back with air strikes on roads and bridges in southern Lebanon.', ['ISR LBN 19']],
  ['Israel retaliated with air strikes on Hamas targets in Gaza.', ['ISR PSEREBHMS 19']],
  ['Turkey responded with artillery fire against the Syrian army.', ['TUR SYRMIL 19']],
  // people seized by an armed group are abducted
  ['Hezbollah guerrillas seized two Israeli soldiers in a raid across the border.', ['LBNREB ISRMIL 18']],
  // a naming with a noun of blame is no labour strike called; a warrant denied denounces the act
  ['India launched missile strikes on Pakistan. Pakistan called the strikes an act of war.', ['IND PAK 19', 'PAK IND 11']],
  ['The Thai military seized power on Thursday. U.S. Secretary of State John Kerry said there was no justification for the coup.', ['THAMIL THA 17', 'USAGOV THAMIL 11']],
  ['China staged military drills around Taiwan. Blinken said there was no possible justification for the drills.', ['CHN TWN 15', 'USAGOV CHN 11']],
  // a bare count is the crowd named last; a plural noun after a naming verb's plural object is what it is called
  ['YEREVAN - Thousands of opposition supporters rallied in the capital. Police detained dozens.', ['ARMOPP ARMGOV 14', 'ARMCOP ARMOPP 17']],
  ['MINSK - Riot police detained hundreds of opposition supporters. Lukashenko called the protesters bandits.', ['BLRCOP BLROPP 17', 'BLRGOV BLROPP 11']],
  // a go-between named in a hyphenated modifier mediates between the sides of the act; a by-phrase of a participle is no target
  ['The Sri Lankan government and Tamil Tiger rebels signed a Norwegian-brokered ceasefire.', ['LKAGOV LKAREB 05', 'LKAREB LKAGOV 05', 'NORGOV LKAREB 04', 'NORGOV LKAGOV 04']],
  ['Russia and Ukraine agreed to a prisoner swap mediated by the United Arab Emirates.', ['RUS UKR 03', 'UKR RUS 03', 'ARE RUS 04', 'ARE UKR 04']],
  // states rejecting a count reject the other country's government, not the first of them
  ["Argentina, Chile and Peru refused to accept the official result announced by Venezuela's electoral council.", ['ARG VENGOV 12', 'CHL VENGOV 12', 'PER VENGOV 12']],
  // criticism dismissed is rejected, aimed at the critics the story named
  ['EU leaders criticised Russia on Monday. Lavrov dismissed the Western criticism.', ['IGOEUREEC RUS 11', 'RUSGOV IGOEUREEC 12']],
  // a state's envoy to a body is the state's; a common noun opening the sentence keeps its subject past an aside
  ["North Korea's U.N. ambassador condemned the United States.", ['PRKGOV USA 11']],
  ['BANGKOK - The protesters, mostly supporters of Thaksin Shinawatra, condemned the government.', ['THAOPP THAGOV 11']],
  // what an "-ing" form says a treaty does names no party to it; "he and" a name sign together
  ['President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia.', []],
  ['Mirziyoyev arrived in Kyrgyzstan. He and Kyrgyz President Almazbek Atambayev signed a treaty.', ['UZBGOV KGZ 04', 'UZBGOV KGZGOV 05', 'KGZGOV UZBGOV 05']],
  // an obligation not yet met is no act
  ["Tajikistan and Kyrgyzstan signed a border treaty. It still has to be ratified by the two countries' parliaments.", ['TJK KGZ 05', 'KGZ TJK 05']],
  // drills staged are a show of force, and "the drills" then name it again; a past form after "and" with its object is a verb
  ['China staged military drills around Taiwan. Taiwan condemned the drills as an irrational act.', ['CHN TWN 15', 'TWN CHN 11']],
  ["MAIDUGURI - Boko Haram gunmen stormed a girls' school and abducted more than 100 students.", ['NGAREB NGAEDU 19', 'NGAREB NGAEDU 18']],
  // "the killing" names again a killing by a state's force (175) as well as an attack
  ['RUSTENBURG, South Africa - Police shot dead 34 striking miners. The opposition condemned the killings.', ['ZAFCOP ZAFLAB 17', 'ZAFOPP ZAFCOP 11']],
  // "did the same" repeats the act just told, as "followed suit" does
  ['Britain expelled 23 Russian diplomats. Poland and Canada did the same.', ['GBR RUSGOV 16', 'POL RUSGOV 16', 'CAN RUSGOV 16']],
  // ... but not past another party's act earlier in its own sentence, which is the one repeated
  ['Zimbabwean police arrested 30 protesters in Harare. Mozambique said it was sending buses to bring home its citizens, and Malawi said it would do the same.', ['ZWECOP ZWEOPP 17']],
  // a weapons test carried out is a show of force, named again by "the test"; "calls" after an "-ing" form's object is a noun
  ['North Korea said it had carried out its first nuclear weapons test, drawing swift condemnation from its neighbours and calls for tough U.N. sanctions. Japanese Prime Minister Shinzo Abe called the test a grave threat.', ['PRK - 15', 'JPNGOV PRK 11']],
  // aid bodies ordered out are expelled
  ['Sudan ordered at least 10 foreign aid agencies out of the country.', ['SDN NGO 16']],
  ['Beijing announced export controls on rare earths, targeting U.S. defence firms.', ['CHNGOV USABUS 16']],
  ['Israel will free around 2,000 Palestinian prisoners.', ['ISR PSECVL 03']],
  // a role with no country takes where it acted before the other party's country; a place seized is territory
  ['Iran-backed militias attacked U.S. troops in Syria.', ['SYRREB USAMIL 19']],
  ['Rwanda-backed M23 rebels captured Goma.', ['CODREB COD 19']],
  // a role as direct object is the party acted on; "receive ... from $" acts on the subject
  ["Pakistan's army said its forces killed 30 militants in a raid near the Afghan border.", ['PAKMIL PAKREB 19']],
  ['Ukraine received the first batch of F-16 fighter jets from the Netherlands.', ['NLD UKR 07']],
  ['Egypt received a $1 billion loan from the International Monetary Fund.', ['IGOBUSIMF EGY 07']],
  // in a passive clause, the words a pattern wants after its verb may stand in the subject
  ['The Russian ambassador was summoned by the Finnish foreign ministry.', ['FINGOV RUSGOV 11']],
  ['Sanctions were imposed on Iranian oil exports by the Treasury Department.', ['USAGOV IRN 16']],
  ["The Chinese foreign ministry lodged stern representations with Japan over Takaichi's remarks.", ['CHNGOV JPN 11']],
  ['Thousands of Georgians rallied in Tbilisi against the government.', ['GEOCVL GEOGOV 14']],
  // "amid", "following": circumstances, not parties
  ['Japan and South Korea agreed to strengthen security ties amid North Korean threats.', ['JPN KOR 03', 'KOR JPN 03']],
  // a pattern's words are not sought in a phrase of place or time it does not name
  ['Chinese coast guard ships entered waters near the Senkaku Islands.', []],
  ['Russian troops entered the town near the border.', []],
  // sport is not politics (dictionaries/segment/discards.txt)
  ['The Indian cricket team will tour Australia next month.', []],
  // a sport named in passing in a political sentence does not discard it
  ["May said Britain was suspending all high-level contacts with Moscow and that no ministers would attend the soccer World Cup in Russia.", ['GBR RUSGOV 16']],
  ['Bundesliga champions Bayern Munich signed a Japanese striker.', []],
  ['India will send a trade delegation to Australia next month.', ['IND AUS 03']],
  // a text acts for whoever issued it
  ['The United Nations Security Council adopted a resolution calling for an immediate ceasefire in Sudan.', ['IGOUNO SDN 02']],
  ["The Arab League issued a statement condemning Israel's strikes on Lebanon.", ['IGOMEAARL ISR 11']],
  ['A statement by the Chinese foreign ministry called on Japan to show restraint.', ['CHNGOV JPN 02']],
  ['The statement called for restraint.', []],
  // a coup is military rule imposed (1724) on the state taken over; a leader removed by an institution is an administrative sanction (172)
  ['ANTANANARIVO - The African Union suspended Madagascar on Wednesday, a day after an elite army unit seized power in the Indian Ocean island nation.', ['IGOAFRAFU MDG 16', 'MDGMIL MDG 17']],
  ["Peru's Congress voted early on Friday to remove President Dina Boluarte from office.", ['PERLEG PERGOV 17']],
  ['Rebels toppled President Bashar al-Assad on Sunday.', ['SYRREB SYRGOV 17']],
  ["Guinea-Bissau's military seized power on Wednesday, a day before provisional election results were due, and detained President Umaro Sissoco Embalo.", ['GNBMIL GNBGOV 17', 'GNBMIL GNB 17']],
  ['Saudi Crown Prince Mohammed bin Salman told President Donald Trump that the kingdom would increase its investments in the United States.', ['SAU USA 03']],
  // a vote passing a text defers to what the text does; an attack's victims are not the target of its condemnation
  ['The European Parliament approved a resolution condemning the crackdown on protesters in Georgia.', ['IGOEUREEC GEO 11']],
  ['The UN condemned the attack on peacekeepers in Lebanon.', ['IGOUNO LBN 11']],
  ['Russia launched an attack on Kyiv.', ['RUS UKRGOV 19']],
  ['The U.N. human rights chief Volker Turk condemned the killing of civilians in El Fasher by the Rapid Support Forces.', ['IGOUNOHRIHCH SDNREB 11']],
  // migrants and refugees are not of the country that acts on them
  ['Greek police arrested 40 migrants.', []],
  // a participle with no target of its own tells how the act before it was done
  ['Israeli settlers attacked a Palestinian village, setting fire to homes and cars.', ['ISR PSE 19']],
  ['Thousands of protesters marched in Tbilisi, demanding new elections.', ['GEOOPP GEOGOV 14']],
  // a business taken is property, not territory; readmission eases a sanction
  ['The Dutch government took control of chipmaker Nexperia from its Chinese owner.', ['NLDGOV CHN 17']],
  ['The African Union lifted the suspension of Gabon.', ['IGOAFRAFU GAB 08']],
  // a phase verb passes to the action it governs, with its modal; self-defence protects no one else
  ['Rubio said Washington would continue to work with Kyiv and Moscow to end the war.', ['USAGOV UKRGOV 03', 'USAGOV RUSGOV 03']],
  ['Israel continued to strike Gaza.', ['ISR PSE 19']],
  ['Maduro said that the country would defend itself against any U.S. attack.', []],
  ['Chinese and Japanese officials exchanged protests on Tuesday.', ['CHNGOV JPNGOV 11', 'JPNGOV CHNGOV 11']],
  // of patterns ranked alike, the one whose words take in another's and more
  ['Israel launched a wave of air strikes across the Gaza Strip.', ['ISR PSE 19']],
  ["China's navy held live-fire drills near Taiwan.", ['CHNMIL TWN 15']],
  // a condition is not an event; a participle skips a subordinate clause; a quotation after the object names it
  ["U.S. President Donald Trump threatened to impose tariffs on buyers of Russian oil unless Moscow agreed to a peace deal with Ukraine.", ['USAGOV RUS 13']],
  ["China began military drills around Taiwan on Thursday, three days after Lai Ching-te was sworn in, calling them 'strong punishment' for separatist acts.", ['CHN TWN 15']],
  ['Hamas freed three Israeli women held hostage in Gaza.', ['PSEREBHMS ISRCVL 08']],
  ['Mali, Burkina Faso and Niger quit the Economic Community of West African States.', ['MLI IGOWAFWAS 16', 'BFA IGOWAFWAS 16', 'NER IGOWAFWAS 16']],
  // a reduced "-ing" relative on the object is part of what the clause does; the group a member belonged to
  ['Hungary vetoed a European Union statement condemning Russia.', ['HUN IGOEUREEC 12']],
  ['Hamas political leader Ismail Haniyeh was killed in Tehran, the group said, blaming Israel for the attack.', ['PSEREBHMS ISR 11']],
  ['Nepal\'s prime minister resigned a day after police shot dead 19 people protesting against a ban.', ['NPLCOP NPLCVL 17']],
  ['Chinese President Xi Jinping and U.S. President Donald Trump met in the South Korean city of Busan.', ['CHNGOV USAGOV 04', 'USAGOV CHNGOV 04']],
  ['Venezuela ordered diplomats from Argentina to leave the country.', ['VEN ARG 16']],
  ['The U.S. military air-dropped 38,000 meals into southern Gaza.', ['USAMIL PSE 07']],
  ['Thailand sent F-16 jets to bomb Cambodian military targets.', ['THA KHMMIL 19']],
  ['Sheikh Hasina fled the country as hundreds of thousands of protesters defied a curfew and stormed her official residence in Dhaka.', ['BGDOPP BGDGOV 14']],
  ['U.S. military planes and Jordanian aircraft air-dropped more than 38,000 meals into southern Gaza.', ['USAMIL PSE 07', 'JOR PSE 07']],
  ['Azerbaijani President Ilham Aliyev said the plane had been hit by fire from the ground in Russia and demanded that Moscow admit guilt.', ['AZEGOV RUSGOV 10']],
  ['Venezuelan opposition candidate Edmundo Gonzalez fled. A Caracas court issued a warrant for his arrest.', ['VENJUD VENOPP 17']],
  ["Fiji's President Ratu Josefa Iloilo abrogated the constitution and sacked all the country's judges.", ['FJIGOV FJIJUD 17']],
  ['Armenian security forces arrested a senior archbishop on Wednesday.', ['ARMMIL ARMREL 17']],
  // a bureau's dateline: roles nothing places are of the country the story is about, named in an earlier sentence
  ["DUBAI, June 20 (Reuters) - Bahrain stripped a senior cleric of his citizenship on Monday, a move that drew a warning from Iran. Police fired tear gas at protesters outside his home.", ['BHR BHRREL 17', 'BHRCOP BHROPP 17']],
  ["Malawi's Constitutional Court on Monday annulled President Peter Mutharika's re-election.", ['MWIJUD MWIGOV 11']],
  ["Honduras's opposition accused the electoral tribunal of rigging the count.", ['HNDOPP HNDGOV 11']],
  // people named by whom they follow act as that party, or as its country's soldiers when it is a state's
  ['Dozens of gunmen loyal to Hezbollah attacked the protesters.', ['LBNREB LBNOPP 17']],
  ["Fighters loyal to Somalia's government attacked the militants.", ['SOMMIL SOMREB 19']],
  ['Lebanese Prime Minister Saad al-Hariri announced the resignation of his government, bowing to two weeks of protests.', ['LBNGOV LBNOPP 08']],
  // a person's "he" is remembered as that person: the next sentence's "him" is him, not a president named after "he"
  ["MONROVIA, Aug 11 (Reuters) - Liberian President Charles Taylor resigned on Monday and flew into exile in Nigeria. Taylor handed power to Vice President Moses Blah at a ceremony attended by Ghana's President John Kufuor, who had flown in for the occasion. 'God willing, I will be back,' he told the gathering. Hours later he landed in Nigeria, where President Olusegun Obasanjo has granted him asylum.", ['LBRGOV NGA 04', 'NGAGOV LBRGOV 07']],
  // someone carried somewhere makes no visit; a visit received still is one
  ['Former Philippine President Rodrigo Duterte was flown to The Hague.', []],
  ['Former Philippine President Rodrigo Duterte flew to The Hague.', ['PHLELI NLDGOV 04']],
  // a state does not attack its own state roles: they are the other country the sentence names
  ["Yemen's Houthis said their prime minister and several other ministers had been killed in an Israeli air strike on Sanaa.", ['ISR YEMGOV 18']],
  ['Israeli strikes hit nuclear sites in Iran and killed senior commanders.', ['ISR IRN 19', 'ISR IRNMIL 18']],
  // sport
  ['Argentina won the Copa America title on Sunday, beating Colombia 1-0 after extra time.', []],
  // what ought to happen has not; the source's own forces sent are not its target, and a show of force
  // aimed at no one named is not coded
  ['Kenyan President William Ruto said on Wednesday that police should shoot anyone caught torching businesses.', []],
  ['MEXICO CITY, Feb 3 (Wire) - Mexico will send 10,000 National Guard troops to its northern border.', []],
  ['U.S. President Donald Trump threatened to impose sanctions on Russia unless Vladimir Putin agreed to end the war in Ukraine.', ['USAGOV RUS 13']],
  // a comma inside a list of nouns ends no clause: the pattern's words and its target lie past it
  ['President Donald Trump threatened on Wednesday to impose high taxes, tariffs and sanctions on Russia.', ['USAGOV RUS 13']],
  // retaliation against sanctions is in kind; a state's organ acting on another state is of the sentence's other country
  ["China will raise its tariffs on all U.S. goods to 84% from Thursday, the finance ministry said, retaliating against the latest round of levies imposed by President Donald Trump's administration.", ['CHN USA 16', 'CHNGOV USAGOV 16']],
  ['Canada and Mexico vowed to retaliate against new U.S. tariffs on steel and aluminium.', ['CAN USA 13', 'MEX USA 13']],
  // a role named with "as" is no party, but what follows it may be
  ['Qatar has suspended its role as a mediator between Israel and Hamas.', ['QAT ISR 16', 'QAT PSEREBHMS 16']],
  // a claim of blame, reported, accuses (dictionaries/frames/accusing-predicates.txt); denied or unreported, it does not
  // talks mediated by third parties: the tagger's adjective before "by" + agent is the participle; the
  // talks' own place is no party, so the mediation is between the two sides the sentence names
  ["Pakistan and Afghanistan agreed to an immediate ceasefire during talks in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said on Sunday.",
    ['PAK AFG 08', 'AFG PAK 08', 'QAT PAK 04', 'QAT AFG 04', 'TUR PAK 04', 'TUR AFG 04']],
  // in the passive, the place a pattern's slot landed on is where, and the subject is acted on
  ["Former Philippine President Rodrigo Duterte was arrested by police at Manila's international airport on Tuesday.", ['PHLCOP PHLELI 17']],
  // a measure announced with "will" is taken; with "would", or on a condition, it is a threat
  ['France will expel two Algerian diplomats, the foreign ministry said.', ['FRA DZAGOV 16']],
  ['Washington said it would impose a 50% tariff on imports from Brazil.', ['USAGOV BRA 13']],
  ['The EU will impose sanctions on Russia unless it withdraws.', ['IGOEUREEC RUS 13']],
  // killed in a counted attack ("a wave of U.S. air strikes"): its side is the agent; a state's attack
  // kills civilians of the one other country the sentence names
  ["Yemen's Houthi-run health ministry said on Sunday that at least 31 people were killed in a wave of U.S. air strikes on the capital Sanaa.", ['USA YEMCVL 19']],
  // accession to an organisation
  ["Sweden formally became NATO's 32nd member on Thursday.", ['SWE IGOWSTNAT 05']],
  ['Finland became a member of NATO.', ['FIN IGOWSTNAT 05']],
  // a host's welcome given is a visit hosted
  ['Vietnam gave Russian President Vladimir Putin an honour-guard welcome in Hanoi on Thursday.', ['VNM RUSGOV 04', 'RUSGOV VNM 04']],
  ["Biden said Putin was responsible for Navalny's death.", ['USAGOV RUSGOV 11']],
  ['Ukraine said Russia was guilty of war crimes.', ['UKR RUS 11']],
  ['Biden said Putin was not responsible for the crash.', []],
  ['Putin is responsible for the war.', []],
  ['Syria agreed to join the U.S.-led coalition against Islamic State.', ['SYR USA 03']],
  ['Putin said talks could begin as soon as Kyiv withdrew its troops from Russian regions.', []],
  // of patterns ranked alike, the one whose words are the verb's object
  ['Seoul partially suspended the pact in protest at the launch of a spy satellite.', []],
  ['The United Nations condemned the killing of aid workers in Gaza.', []],
  ['North Korea test-fired a hypersonic missile.', []],
  // a mediation with no party of its own is between the two the sentence names
  ['A ceasefire between Israel and Hezbollah took effect after both sides accepted a deal brokered by the United States.', ['USA ISR 04', 'USA LBNREB 04', 'ISRGOV LBNREB 03', 'LBNREB ISRGOV 03']],
  ['Qatar mediated the talks between Israel and Hamas.', ['QAT ISR 04', 'QAT PSEREBHMS 04']],
  ['The presidents of Venezuela and Guyana agreed not to threaten or use force against each other.', ['VENGOV GUYGOV 03', 'GUYGOV VENGOV 03']],
  // grammar: negation, passive, compound actors, reported speech
  ['Venezuelan authorities arrested three opposition activists accused of plotting against President Nicolas Maduro.', ['VENGOV VENOPP 17']],
  ['Iran did not agree to meet the United States.', []],
  // cooperation announced as not going to happen is a refusal (12); force announced as not used is nothing
  ['Iran will not negotiate with the United States under pressure.', ['IRN USA 12']],
  ['Serbia would not hand over the suspects to Kosovo.', ['SRB KSV 12']],
  ['Russia will not attack NATO.', []],
  ['Iran did not meet U.S. envoys.', []],
  ['European Union leaders failed to agree on using frozen Russian assets to finance Ukraine.', []],
  ['Pakistan and Afghanistan failed to reach an agreement at talks in Istanbul.', []],
  ['Ukraine has not attacked Russia.', []],
  ['Two journalists were arrested by Iranian police.', ['IRNCOP IRNMED 17']],
  ['Moscow and Beijing agreed to strengthen cooperation.', ['RUSGOV CHNGOV 03', 'CHNGOV RUSGOV 03']],
  ['Lavrov said that Russia is ready to hold talks with Ukraine.', ['RUS UKR 03']],
  ['"We are ready to negotiate with Kyiv," Russian Foreign Minister Sergei Lavrov said.', ['RUSGOV UKRGOV 03']],
  // an act named again by a definite noun ("the attack", "the move") is the earlier act; its doer is the target
  ['Russian missiles struck Kharkiv on Monday. Germany condemned the attack.', ['RUSMIL UKR 19', 'DEU RUSMIL 11']],
  ['Israeli troops attacked Syrian army positions on Monday. Egypt condemned the incursion as a violation of Syrian sovereignty.', ['ISRMIL SYRMIL 19', 'EGY ISRMIL 11']],
  ['Ukraine accused Russia of shelling the plant. The Kremlin rejected the accusation.', ['UKR RUS 11', 'RUSGOV UKR 01']],
  ['India expelled two Canadian diplomats on Friday. Ottawa condemned the move.', ['IND CANGOV 16', 'CANGOV IND 11']],
  // not a kind of act the noun names ("the decision" after a statement), not one reported too far back,
  // not the reacting side's own act, nor an indefinite noun ("an attack")
  ['China called for calm on Monday. Japan welcomed the decision.', []],
  ['Israeli jets struck Gaza on Monday. Netanyahu defended the strikes.', ['ISRMIL PSE 19']],
  ['Russian missiles struck Kharkiv on Monday. Germany condemned an attack on a school in Berlin.', ['RUSMIL UKR 19']],
  ['Russian missiles struck Kharkiv on Monday. Germany condemned a brutal attack on a school in Berlin.', ['RUSMIL UKR 19']],
  // ... but a blamed act of force with a word of judgement is the one just told
  ['Russian forces invaded Ukraine on Thursday. NATO denounced a reckless attack that put civilian lives at risk.', ['RUSMIL UKR 19', 'IGOWSTNAT RUSMIL 11']],
  ['Russian forces invaded Ukraine on Thursday. China welcomed a bold offensive.', ['RUSMIL UKR 19']],
  // people reacting to an act named again are of the country it was done to
  ['Sudan\'s military overthrew President Omar al-Bashir on Thursday. Protest organisers rejected the takeover as a coup.', ['SDNMIL SDNGOV 17', 'SDNOPP SDNMIL 12']],
  // "the incursion" names a forced entry too; "the assault" a storming
  ['Ecuadorean police forced their way into the embassy and arrested an opposition leader. Brazil condemned the incursion.', ['ECUCOP ECUOPP 17', 'BRA ECUCOP 11']],
  // a denial that names no one answers the last accusation against the denying side
  ['Iraq accused Turkish forces of shelling a resort. Turkey denied responsibility.', ['IRQ TURMIL 11', 'TUR IRQ 01']],
  ['Moldova accused Russia of plotting a coup. Moscow rejected the allegations as unfounded.', ['MDA RUS 11', 'RUSGOV MDA 01']],
  // a denial on behalf of one's own side ("its troops") answers whoever accused that side
  ['Ukraine accused Russian forces of massacring civilians in Bucha. Russia\'s defence ministry denied that its troops had killed any civilians.', ['UKR RUSMIL 11', 'RUSGOV UKR 01']],
  // "Israel-linked", "Qatar-based": the first half names whose it is
  ['Iranian forces seized an Israel-linked container ship in the Gulf.', ['IRNMIL ISR 17']],
  // with no other party, a role placed only by the dateline is of the one country its sentence names
  ['DUBAI, Sept 21 (Reuters) - Iranian police clashed with crowds in Tehran, and authorities declared a state of emergency.', ['IRNCOP IRNCVL 17', 'IRNCVL IRNCOP 14', 'IRNGOV IRN 17']],
  // a role named with a state's government is of that state, even when the dateline says otherwise;
  // a coordination after "after" is its clause's subject
  ["WASHINGTON (Reuters) - The United States eased sanctions on Venezuela, a day after President Nicolas Maduro's government and the opposition signed an agreement in Barbados.", ['USA VEN 08', 'VENGOV VENOPP 05', 'VENOPP VENGOV 05']],
  // "as it ...": a pronoun opening a clause of time is the main clause's subject, and its possessive follows it
  ['China fired ballistic missiles into waters around Taiwan on Thursday as it launched its largest-ever military exercises.', ['CHN TWN 15']],
  // a surname after a given name the dictionary's person does not have is someone else's
  ['Somali Foreign Minister Fatima Mbeki met Kenyan President William Ruto in Nairobi.', ['SOMGOV KENGOV 04', 'KENGOV SOMGOV 04']],
  // naming an act again with words of disapproval
  ["A U.S. court convicted a Brazilian judge on Tuesday. Brazil's foreign ministry called the ruling a farce.", ['USAJUD BRAJUD 11', 'BRAGOV USAJUD 11']],
  // aid that names no recipient goes to the recipient of the story's last aid by another party
  ['Germany will send Leopard 2 battle tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday. Hours later, U.S. President Joe Biden announced that Washington would supply 31 M1 Abrams tanks.', ['DEU UKR 03', 'USAGOV UKR 03']],
  // a place does no violence: "the collapse of a canopy in Novi Sad that killed 15 people"
  ['Students blamed the government for the collapse of a railway station canopy in Novi Sad that killed 15 people.', ['SRBEDU SRBGOV 11']],
  // police or soldiers do not protest: storming a building is no riot, and clashing with protesters is repression
  ['Ecuadorean police stormed the building and arrested 13 people.', ['ECUCOP ECUCVL 17']],
  ['Myanmar soldiers threw stones at protesters in Yangon.', ['MMRMIL MMROPP 17']],
  // what others had expected, in the past, did not happen
  ['The meeting ended abruptly, and a minerals deal that Trump and Zelensky had been expected to sign was not signed.', []],
  ['Indian Prime Minister Narendra Modi is expected to meet Chinese President Xi Jinping at the summit.', ['INDGOV CHNGOV 03']],
  ['Chinese President Xi Jinping was planned to meet Indian Prime Minister Narendra Modi at the summit.', []],
  // a disapproving predicate said of an act named again denounces its doer
  ['Russian missiles struck Kyiv on Monday. Macron said the attack was unacceptable.', ['RUSMIL UKRGOV 19', 'FRAGOV RUSMIL 11']],
  // an act that names no party it acts on is not coded, but for protests, shows of force and emergencies
  ['President Joe Biden announced that Washington would supply 31 M1 Abrams tanks.', []],
  ['China called for calm in the region.', []],
  ['North Korea fired two ballistic missiles into the sea.', ['PRK - 15']],
  // people held are a role: "freed 14 prisoners" acts on the country's civilians, political prisoners are opposition
  ['Belarus freed 14 prisoners on Saturday.', ['BLR BLRCVL 08']],
  ['Nicaragua freed 222 political prisoners.', ['NIC NICOPP 08']],
  // a proposal or resolution named again is the act of whoever made it
  ['The UN Security Council demanded an immediate ceasefire in Sudan. Sudan rejected the resolution.', ['IGOUNO SDN 10', 'SDN IGOUNO 12']],
  // a state's own envoys or forces the pattern's words name are not whom it acts on; a non-state
  // party's own state may be
  ['Poland will close the Russian consulate in Gdansk.', ['POL RUSGOV 16']],
  ['Iran recalled its ambassadors to Britain, France and Germany for consultations.', ['IRN GBR 16', 'IRN FRA 16', 'IRN DEU 16']],
  ['Protesters clashed with police in Jakarta.', ['IDNOPP IDNCOP 14']],
  // a slot that reached past an object naming another party, onto where the act is done, yields to the object
  ['France will recognise the State of Palestine at the U.N. General Assembly in September.', ['FRA PSE 03']],
  ['Morocco accepted offers of rescue teams from Spain and Qatar.', ['MAR ESP 08', 'MAR QAT 08']],
  // a noun that tells of an event by itself, in a phrase of circumstance: the visit took place
  ["Vladimir Putin and Kim Jong Un signed a defence pact on Wednesday during the Russian leader's first visit to North Korea.", ['RUSGOV PRKGOV 05', 'PRKGOV RUSGOV 05', 'RUSGOV PRK 04', 'PRK RUSGOV 04']],
  ['Saudi Arabia and Pakistan signed a defence agreement in Riyadh during a visit by Pakistani Prime Minister Shehbaz Sharif.', ['SAU PAK 05', 'PAK SAU 05', 'PAKGOV SAU 04', 'SAU PAKGOV 04']],
  ["Putin's visit to North Korea is planned for June.", []],
  ['India and Sri Lanka signed a defence pact on Saturday during a visit to Colombo by Indian Prime Minister Narendra Modi.', ['IND LKA 05', 'LKA IND 05', 'INDGOV LKA 04', 'LKA INDGOV 04']],
  ['Mexican President Claudia Sheinbaum said on Monday after a telephone call with U.S. President Donald Trump that Mexico would send troops.', ['MEXGOV USAGOV 04', 'USAGOV MEXGOV 04']],
  // talks are with someone: where they were held names no party
  ['Pakistan and Afghanistan agreed to a ceasefire during talks in Doha.', ['PAK AFG 08', 'AFG PAK 08']],
  // a party told what will befall it, in reported speech or a vow, is threatened by the speaker
  ["Iran fired a barrage of missiles at Israel on Tuesday. 'Iran made a big mistake tonight and it will pay for it,' Prime Minister Benjamin Netanyahu said.", ['IRN ISR 19', 'ISRGOV IRN 13']],
  ['U.S. warplanes struck Houthi targets across Yemen overnight, and the movement vowed that the strikes would not go unpunished.', ['USAMIL YEMREB 19', 'YEMREB USAMIL 13']],
  ['Iranian Supreme Leader Ayatollah Ali Khamenei said Israel should expect a severe punishment.', ['IRNGOV ISR 13']],
  ['Chinese President Xi Jinping will pay a state visit to Russia in May, the foreign ministry said.', ['CHNGOV RUS 03']],
  // "called the attack a ...": an act named again fills the pattern's slot; its doer is the target
  ['Russia struck the city of Dnipro on Thursday with a new missile. Kyiv called the attack a clear and serious escalation.', ['RUS UKR 19', 'UKRGOV RUS 11']],
  ['Egypt, Qatar and Turkey, which mediated the talks, will guarantee the agreement.', []],
  // ", a move X denounced as ...": the aside's noun is what its clause acts on; a joint act's doers all are
  ['Britain, Canada and Australia formally recognised a Palestinian state on Sunday, a move Israeli Prime Minister Benjamin Netanyahu denounced as a reward for terror.', ['GBR PSEGOV 05', 'CAN PSEGOV 05', 'AUS PSEGOV 05', 'ISRGOV GBR 11', 'ISRGOV CAN 11', 'ISRGOV AUS 11']],
  // a possessive in a later conjunct is the conjunct before it: "the United States and its allies"
  ['Russia vetoed a U.N. Security Council resolution on Tuesday. The United States and its allies condemned the veto.', ['RUS IGOUNO 12', 'USA RUS 11']],
  // a deal named again is both its sides'
  ['Washington released five Iranians in exchange for five Americans on Monday. Qatar mediated the deal.', ['USAGOV IRN 08', 'QAT USAGOV 04', 'QAT IRN 04']],
  // a negative subject: nobody did it
  ['Neither leader signed the agreement on Saturday.', []],
  ['No country has recognised the new government in Niger.', []],
  // an order to one's own state or forces is no demand; those ordered are the commander's own
  ['Israel ordered its ambassadors to Ireland and Spain home for consultations.', ['ISR IRL 16', 'ISR ESP 16']],
  ['President Donald Trump ordered 2,000 National Guard troops to Los Angeles on Saturday.', []],
  ['Venezuelan President Nicolas Maduro ordered the military to prepare for a U.S. invasion.', ['VENMIL USA 15']],
  ['Egypt ordered Israel to leave the crossing.', ['EGY ISR 10']],
  // an act four sentences back is still named again ("the test" after a paragraph of reactions); six
  // back it is not, unless the story's lead told it
  ['Russian missiles struck Kharkiv on Monday. The weather was cold. Trains ran late. Shops were shut. Germany condemned the attack.', ['RUSMIL UKR 19', 'DEU RUSMIL 11']],
  ['Poland hosted talks with Ukraine on Monday. Russian missiles struck Kharkiv. The weather was cold. Trains ran late. Shops were shut. Schools closed. Roads were icy. Germany condemned the attack.', ['POL UKR 04', 'RUSMIL UKR 19']],
  // "what X called Y" after the verb names the act it acts on, with no "the"
  ["Yemen's Houthis fired missiles at Abu Dhabi on Monday. The UAE condemned what it called terrorist attacks.", ['YEMREB ARE 19', 'ARE YEMREB 11']],
  ["A U.S. jet shot down a Chinese balloon on Saturday. China's foreign ministry expressed 'strong dissatisfaction' at what it called a clear overreaction.", ['USA CHN 19', 'CHNGOV USA 11']],
  ['Russia condemned what it called the theft of its assets.', []],
  // a reprisal with no party named answers the last hostile act against its side; a past "responded" is no reprisal
  ['Israel struck Iran on Friday. Iran retaliated on Saturday.', ['ISR IRN 19', 'IRN ISR 19']],
  ['Israel struck Iran on Friday. Iran responded by summoning the Swiss envoy.', ['ISR IRN 19', 'IRN CHEGOV 11']],
  // a reprisal told as done is force after force, or aimed at a party; in kind it is what its other verbs say
  ["France will expel 12 Algerian officials, Macron's office said on Tuesday, retaliating for Algeria's decision to expel 12 French embassy staff.", ['FRA DZAGOV 17']],
  ['Iran retaliated against Israel on Saturday.', ['IRN ISR 19']],
  // a call-up of troops to fight is a mobilisation, not the fighting
  ['President Vladimir Putin ordered a military mobilisation, calling up 300,000 reservists to fight in Ukraine.', ['RUSGOV UKR 15']],
  ['Israel struck Iran on Friday. The Iranian foreign ministry did not respond to a request for comment.', ['ISR IRN 19']],
  ['Iran struck Israel on Friday. Pakistan vowed to retaliate.', ['IRN ISR 19']],
  // an incursion into another state's airspace is a show of force; a naming with a word of blame denounces what it names
  ['Three Russian MiG-31 fighter jets entered Estonian airspace without permission on Friday.', ['RUSMIL EST 15']],
  ['An Israeli air strike targeted Hamas leaders in Doha on Tuesday. Qatar called the attack cowardly.', ['ISR PSEREBHMS 19', 'QAT ISR 11']],
  ['Israeli jets struck Gaza on Monday. Egypt called the strikes reckless.', ['ISRMIL PSE 19', 'EGY ISRMIL 11']],
  ['Egypt called the talks productive.', []],
  // a naming gives the act a noun of blame ("an act of aggression", "a land grab"); "it" blamed is the act just told
  ['A North Korean submarine torpedoed the South Korean warship Cheonan. The White House called the attack an act of aggression that violated international law.', ['PRK KORMIL 19', 'USAGOV PRK 11']],
  ['Russia annexed Crimea on Tuesday. Vice President Joe Biden called the annexation nothing more than a land grab.', ['RUS UKR 19', 'USAGOV RUS 11']],
  ["A North Korean submarine torpedoed the South Korean warship Cheonan. Japan's Prime Minister Yukio Hatoyama called it inexcusable.", ['PRK KORMIL 19', 'JPNGOV PRK 11']],
  ['Israel struck Gaza. Turkey condemned it.', ['ISR PSE 19', 'TUR ISR 11']],
  // a party's own dismay disapproves: of whom a phrase after it names, else of the last act told by another side
  ['Argentina seized the oil company YPF from its Spanish parent, Repsol. The European Commission said it was deeply disappointed.', ['ARG ESP 17', 'IGOEUREEC ARG 11']],
  ["Myanmar's military government executed four democracy activists. Cambodia said it was extremely troubled.", ['MMRGOV MMROPP 17', 'KHM MMRGOV 11']],
  ['Germany was outraged by the decision of the Russian court.', ['DEU RUSJUD 11']],
  // an act named again, said to break a norm, is denounced
  ['Russia seized the ship. Britain said the seizure breached maritime law.', ['GBR RUS 11']],
  ['JERUSALEM (Reuters) - Israel struck a school in Gaza. The United States said the strike violated international law.', ['ISR PSEEDU 19', 'USA ISR 11']],
  // sanctions named again are a sanction (16, 172), not the last coercion of any kind
  ['LOME (Reuters) - West African leaders suspended Togo from ECOWAS. In Lome, police fired tear gas at opposition supporters. The Togolese government called the sanctions unjust.', ['IGOWAFWAS TGO 16', 'TGOCOP TGOOPP 17', 'TGOGOV IGOWAFWAS 11']],
  // worry is coded only where a phrase names what it is about
  ['Russia seized the tanker. Washington said it was concerned by the seizure.', ['USAGOV RUS 11']],
  ['Honduran soldiers arrested President Manuel Zelaya. President Barack Obama said he was deeply concerned.', ['HNDMIL HNDGOV 17']],
  // a naming past an appositive set off by commas is no phone call; words of insult fault whom they name
  ['Biden called his host, Canadian Prime Minister Justin Trudeau, dishonest and weak.', ['USAGOV CANGOV 11']],
  ['Putin called Erdogan, his Turkish counterpart, on Monday.', ['RUSGOV TURGOV 04']],
  // "traded fire" is fighting, not trade
  ['Israel and Hamas traded fire on Monday.', ['ISR PSEREBHMS 19', 'PSEREBHMS ISR 19']],
  // "stood ready to": readiness after a verb of state is an intent
  ['Biden said the United States stood ready to assist Haiti.', ['USA HTI 03']],
  // a threat that names no one is aimed at whoever its condition is about
  ['North Korea blew up the office on Tuesday. South Korea warned that it would respond strongly if the North took further steps to worsen the situation.', ['KOR PRK 13']],
  // sorrow for what one did, said of oneself, apologises to the party named after it, never to a last act's doer
  ['Washington said it was very sorry for the death of a Chinese fighter pilot.', ['USAGOV CHNMIL 05']],
  ['Israel struck Gaza. Egypt said it was sorry.', ['ISR PSE 19']],
  // a visit or meeting told in the past progressive as the scene of another act is not an event of its own
  ['The rapprochement was hailed by U.N. Secretary-General Antonio Guterres, who was visiting Addis Ababa.', []],
  ["Vanuatu's President told reporters in Sendai, where he was attending a U.N. conference.", []],
  ['Guterres was visiting Addis Ababa on Monday.', ['IGOUNO ETHGOV 04', 'ETHGOV IGOUNO 04']],
  // "stun grenades": a compound whose first noun the tagger reads as a verb stays in its phrase
  ['Belarusian police fired rubber bullets, stun grenades and water cannon at thousands of protesters in Minsk overnight.', ['BLRCOP BLROPP 17']],
  // a reaction drawn from a party: that party acts on the subject, or on the doer of the act the subject names
  ['North Korea conducted its first nuclear weapons test on Monday, drawing condemnation even from China, its closest ally.', ['PRK - 15', 'CHN PRK 11']],
  ['Israel struck Gaza. The strike drew condemnation from Russia.', ['ISR PSE 19', 'RUS ISR 11']],
  ['Israel and Hamas agreed on a ceasefire. The deal drew praise from the European Union.', ['ISR PSEREBHMS 08', 'PSEREBHMS ISR 08', 'IGOEUREEC PSEREBHMS 05', 'IGOEUREEC ISR 05']],
  ['The army imposed a curfew on Santiago, as protesters angered by a rise in metro fares set fire to buses.', ['CHLOPP CHLGOV 14']],
  ['The European Commission said it was not disappointed.', []],
  // "it" blamed whose party comes from an earlier sentence is the act; a missile test is a firing named again
  ['North Korea fired a missile over Japan on Tuesday. The White House called the test a provocation. Japan\'s Prime Minister Shinzo Abe called it inexcusable.', ['PRK JPN 19', 'USAGOV PRK 11', 'JPNGOV PRK 11']],
  // an object "it" is not what its own subject names
  ['Japan and South Korea signed a defence pact on Monday. North Korea called it a threat to peace.', ['JPN KOR 05', 'KOR JPN 05']],
  ['Israel struck Gaza. Turkey called the talks a step forward.', ['ISR PSE 19']],
  ["Georgia's parliament passed a contentious law on Tuesday. EU foreign policy chief Josep Borrell said the bloc deplored the vote.", ['IGOEUREEC GEOLEG 11']],
  // a name's role set off after it, place and all, says who was killed and that it was for the office
  ['PARIS (Reuters) - Gunmen shot dead Claude Erignac, the French government\'s top official on Corsica, on Friday. President Jacques Chirac condemned the "odious" killing.', ['FRAREB FRAGOV 18', 'FRAGOV FRAREB 11']],
  // "them" after a crowd set aside until its country is known; a counted "230 of them" is the people counted
  ['YEREVAN (Reuters) - Armenian riot police used water cannon to break up a sit-in by thousands of people protesting against a rise in prices, and detained more than 230 of them.', ['ARMCOP ARMCVL 17']],
  // a subject "they" after "when" is the nearest subject before that can be a group, not the people just named
  ['CAIRO (AP) - Militants killed at least 235 people on Friday when they opened fire on worshippers at a mosque.', ['EGYREB EGYCVL 19']],
  // after "In March", a sentence's opening "they" continues the last sentence's subject
  ['KIGALI (Reuters) - The insurgents have killed thousands of people since 2017. In March they attacked government troops.', ['RWAREB RWACVL 19', 'RWAREB RWAMIL 19']],
  // an office-holder named with a title is the one killed, not the act's own words
  ['YEREVAN (Reuters) - Gunmen stormed the parliament and killed Prime Minister Vazgen Sarkisyan on Wednesday.', ['ARMREB ARMLEG 18', 'ARMREB ARMGOV 18']],
  // where a signing or a meeting took place is no party to it, with one side named or two
  ["Lebanon's rival leaders signed a deal in Qatar on Wednesday.", []],
  ['Ukraine signed a grain deal with Turkey in Istanbul.', ['UKR TUR 05', 'TUR UKR 05']],
  // a crowd burning a foreign mission protests at that mission's government
  ['BAGHDAD (Reuters) - Protesters set fire to the Iranian consulate in Najaf on Wednesday.', ['IRQOPP IRNGOV 14']],
  // a legislature voting to dismiss the head of government, named with a title, acts on the government
  ["PORT-AU-PRINCE (Reuters) - Haiti's Senate voted on Saturday to dismiss Prime Minister Jacques-Edouard Alexis.", ['HTILEG HTIGOV 17']],
  // stripping a head of state of his powers is an administrative sanction; police beating back protesters repress them
  ["CHISINAU (Reuters) - Moldova's Constitutional Court stripped President Igor Dodon of his powers on Sunday.", ['MDAJUD MDAGOV 17']],
  ['SOFIA (Reuters) - Bulgarian riot police beat back protesters with truncheons early on Saturday.', ['BGRCOP BGROPP 17']],
  // the role ends before its "to" phrase, and the name before it is the subject
  ["Bahrain, home to the U.S. Navy's Fifth Fleet, has repeatedly accused Iran of stirring unrest.", ['BHR IRN 11']],
  ['Israeli troops shot dead at least 58 Palestinians on the Gaza border on Monday. Palestinian President Mahmoud Abbas called the killings a massacre.', ['ISRMIL PSE 19', 'PSEGOV ISRMIL 11']],
  // acts named again: executions, a coup, an annexation
  ["Myanmar's military government executed four democracy activists. The United States condemned the executions as reprehensible.", ['MMRGOV MMROPP 17', 'USA MMRGOV 11']],
  // a step no pattern codes, named again ("a move", "the move"), is whoever last acted
  ['China banned imports of Japanese seafood after Japan began discharging treated water into the Pacific Ocean, a move Beijing condemned as irresponsible.', ['CHN JPN 16', 'CHNGOV JPN 11']],
  ['Iran expelled two British diplomats, a move London has strongly condemned.', ['IRN GBRGOV 16', 'GBRGOV IRN 11']],
  ["Senegalese President Macky Sall said he had repealed the decree setting the vote. Senegal's opposition denounced the move.", ['SENOPP SENGOV 11']],
  ['Japan began discharging treated water into the ocean. Japanese officials praised the move.', []],
  ["Russia would order a ceasefire as soon as Kyiv withdrew its troops, President Vladimir Putin said on Friday. Ukraine's foreign ministry dismissed the proposal as 'manipulative'.", ['UKRGOV RUS 12']],
  ['Iran suspended its cooperation with the IAEA on Wednesday, a move Germany called irresponsible.', ['IRN IGOUNOIAE 16', 'DEU IRN 11']],
  // "each side ... the other": the two parties last named together, each acting on the other
  ["India and Pakistan agreed to a ceasefire on Saturday, U.S. President Donald Trump said. India said the truce was agreed directly. Within hours, each side accused the other of violating it.", ['IND PAK 08', 'PAK IND 08', 'INDGOV PAKGOV 11', 'PAKGOV INDGOV 11']],
  // a country's parliament or opposition reacts to its state's acts as a party of its own; its state's organs are one side
  ['Tunisian President Kais Saied froze parliament for 30 days. Tunisian lawmaker Rached Ghannouchi denounced the move as a coup.', ['TUNGOV TUNLEG 17', 'TUNLEG TUNGOV 11']],
  // a role placed by the dateline acts where the clause says, before taking the other party's country
  ['BAGHDAD, July 20 (Reuters) - Protesters stormed the Swedish embassy in Baghdad on Thursday.', ['IRQOPP SWEGOV 14']],
  // words of conflict said together are not said to one another, unless the clause says so; "the Gulf state" is the one acted on
  ['Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing the Gulf state of supporting terrorism.', ['SAU QAT 16', 'ARE QAT 16', 'BHR QAT 16', 'EGY QAT 16', 'SAU QAT 11', 'ARE QAT 11', 'BHR QAT 11', 'EGY QAT 11']],
  ['Saudi Arabia and Egypt condemned the killing of civilians.', []],
  ['Azerbaijan and Armenia traded accusations on Sunday.', ['AZE ARM 11', 'ARM AZE 11']],
  ['Russia and Ukraine accused each other of shelling the plant.', ['RUS UKR 11', 'UKR RUS 11']],
  // a plan stopped is no intent
  ['Israel will suspend its plans to annex parts of the West Bank.', []],
  // force used together on a party not resolved is not force between its users; with no one else acted on, it is
  ['Russian and Syrian troops clashed with rebels.', []],
  ['Soldiers and police surrounded the home of the opposition leader on Friday.', []],
  ['Azerbaijan and Armenia clashed on Sunday.', ['AZE ARM 19', 'ARM AZE 19']],
  // "with" after a comma tells what went on meanwhile, not whom they fought with
  ["Sudan's army and the paramilitary Rapid Support Forces battled for a second day, with warplanes striking RSF bases.", ['SDNMIL SDNREB 19', 'SDNREB SDNMIL 19']],
  // of three countries or more acting together, the clause does not say which act on which
  ['The leaders of Russia, Ukraine, Germany and France agreed on Thursday on a ceasefire in eastern Ukraine.', []],
  ['Russia and Ukraine agreed on Thursday on a ceasefire in eastern Ukraine.', ['RUS UKR 08', 'UKR RUS 08']],
  // a gerund after "the" names an act again; an article before a quotation mark opens the quoted naming; a breach is a word of blame
  ['Turkey shot down a Russian warplane near the Syrian border. President Vladimir Putin called the downing "a stab in the back".', ['TUR RUSMIL 19', 'RUSGOV TUR 11']],
  ['Russian forces launched a full-scale invasion of Ukraine on Thursday. U.S. President Joe Biden condemned what he called an "unprovoked and unjustified attack".', ['RUSMIL UKR 19', 'USAGOV RUSMIL 11']],
  ['Russian forces launched a full-scale invasion of Ukraine on Thursday. NATO Secretary-General Jens Stoltenberg called the assault a "grave breach of international law."', ['RUSMIL UKR 19', 'IGOWSTNAT RUSMIL 11']],
  // what a speaker says another party must do is a demand on it; not what must be done to something, nor what must not be
  ['WASHINGTON (Reuters) - Treasury Secretary Steven Mnuchin said Riyadh must take appropriate steps to end any targeting of dissidents.', ['USAGOV SAUGOV 10']],
  ["Guterres said Jerusalem's final status must be resolved through direct negotiations.", []],
  ['Putin said NATO must not expand eastward.', []],
  // coded both ways, a country and its own state are one side either way round
  ["Iran and six world powers reached a deal early on Sunday to curb Tehran's nuclear program.", []],
  // an "-ing" form after "in" or a compound modifier, with no object, is the noun of fighting
  ['Twenty Indian soldiers died in hand-to-hand fighting with Chinese troops in the Galwan Valley.', ['INDMIL CHNMIL 19', 'CHNMIL INDMIL 19']],
  ['Twenty Indian soldiers died in fighting with Chinese troops.', ['INDMIL CHNMIL 19', 'CHNMIL INDMIL 19']],
  // people captured by rebels are abducted; what they detain is still a detention
  ['Hezbollah guerrillas captured two Israeli soldiers in a raid across the border.', ['LBNREB ISRMIL 18']],
  ["Yemen's Houthis have detained at least 11 United Nations staff members.", ['YEMREB IGOUNO 17']],
  // a truce agreed to is a truce made; a withdrawal agreed to is still to come
  ['Israel and Hamas agreed to an open-ended ceasefire on Tuesday.', ['ISR PSEREBHMS 08', 'PSEREBHMS ISR 08']],
  ['Russia agreed to withdraw its troops from the border.', []],
  ['China and the United States agreed to a one-year truce in their trade war.', ['CHN USA 03', 'USA CHN 03']],
  // the words a pattern needs are surest right after the verb's preposition, not in a later phrase
  ['Thailand and Cambodia agreed to a ceasefire at talks in Kuala Lumpur.', ['THA KHM 08', 'KHM THA 08']],
  ['Thai and Cambodian troops exchanged artillery fire along the border.', ['THAMIL KHMMIL 19', 'KHMMIL THAMIL 19']],
  // lexicon: a legislature frozen, duties slapped on goods, a high commissioner expelled
  ['Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi and froze parliament for 30 days.', ['TUNGOV TUNLEG 17']],
  ['China slapped anti-dumping duties of up to 212% on Australian wine on Friday.', ['CHN AUS 16']],
  ["Pakistan expelled India's high commissioner on Wednesday.", ['PAK IND 16']],
  // fighting between two named sides: each acts on the other, wherever the noun stands; roles take the sentence's country
  ['Heavy fighting broke out in Sudan\'s capital on Saturday between the army and the paramilitary Rapid Support Forces.', ['SDNMIL SDNREB 19', 'SDNREB SDNMIL 19']],
  ['At least 17 people were killed in clashes between security forces and protesters in Peru on Monday.', ['PERMIL PEROPP 19', 'PEROPP PERMIL 14']],
  ['Clashes between Israel and Hezbollah continued.', ['ISR LBNREB 19', 'LBNREB ISR 19']],
  ['The talks between Russia and Ukraine failed.', []],
  // fighting "with" a party, in a phrase of circumstance, is between it and the clause's subject; one warned of is not
  ['NEW DELHI/BEIJING, June 16 (Reuters) - Twenty Indian soldiers were killed in a clash with Chinese troops in the disputed Galwan Valley.', ['INDMIL CHNMIL 19', 'CHNMIL INDMIL 19']],
  ['India warned of a clash with China.', ['IND CHN 13']],
  ['Fighting in the region killed dozens.', []],
  // police, soldiers and the state do not protest against their own government
  ['Japan lodged a protest on Monday.', []],
  // a clause straight after a phrase, with its own subject, tells about that phrase and acts on it; its time is its own
  ['Russia released two Americans it had accused of spying for Washington.', ['RUS USA 08', 'RUS USA 11']],
  ['Lebanon imposed sanctions on three Greek banks it accused of financing Hezbollah.', ['LBN GRCBUS 16', 'LBN GRCBUS 11']],
  ['Thailand suspended a peace declaration it signed with Cambodia last month.', ['THA KHM 16']],
  ['The Trump administration deported more than 200 Venezuelans it accused of belonging to the Tren de Aragua gang.', ['USAGOV VEN 17', 'USAGOV VEN 11']],
  // a passive with no by-phrase: the country word of the pattern's own words says whose the act is
  ['Four judges of the International Criminal Court were placed under U.S. sanctions on Thursday.', ['USA IGOJUDICC 16']],
  ['The United States placed four ICC judges under sanctions.', ['USA IGOJUDICC 16']],
  // a member stepping back from a body
  ['Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization.', ['ARM IGOCAS 16']],
  // the sides of a meeting "between the two countries" are those who met; travellers are not each other's hosts
  ['SINGAPORE, June 12 (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday for the first summit between the two countries.', ['USAGOV PRKGOV 04', 'PRKGOV USAGOV 04']],
  ['Australian and New Zealand military aircraft landed in Vanuatu on Monday.', []],
  ['India and Pakistan fought along the border. Albania has offered to mediate between the two sides.', ['IND PAK 19', 'PAK IND 19', 'ALB INDGOV 03', 'ALB PAKGOV 03']],
  // "the country" as the object of an accusation is not the accuser's own
  ['The United States has suspended security assistance to Pakistan, days after President Donald Trump accused the country of giving Washington nothing but lies.', ['USA PAK 16', 'USAGOV PAK 11']],
  // "its" on what one recalls or sends is the subject's own; on what one strikes it is not
  ['Venezuela froze diplomatic relations with Brazil and recalled its ambassador on Wednesday.', ['VEN BRA 16']],
  ["Israel struck Iran's nuclear facilities and killed its top military commanders on Friday.", ['ISR IRN 19', 'ISR IRNMIL 18']],
  // "the protests" name again a protest; its protesters are acted on
  ['TBILISI, June 21 (Reuters) - Thousands of protesters tried to storm parliament in Tbilisi overnight. On Friday the Kremlin called the protests a Russophobic provocation.', ['GEOOPP GEOLEG 14', 'RUSGOV GEOOPP 11']],
  // a region word inside a possessor that names a country does not make the phrase the region's; a plan paused is no intent
  ["France will withdraw its troops from Burkina Faso, after the West African country's military government terminated a 2018 agreement that allowed French forces to operate on its soil.", ['FRA BFA 03', 'BFAGOV FRAMIL 16']],
  ["Netanyahu paused his government's plan to overhaul the judiciary.", []],
  // proceedings launched against a party are legal action (115)
  ['The European Commission launched an unprecedented disciplinary procedure against Poland on Wednesday.', ['IGOEUREEC POL 11']],
  // envoys called home are recalled
  ['Brasilia responded by calling home its own envoys from Caracas, Quito and La Paz.', ['BRAGOV VENGOV 16', 'BRAGOV ECUGOV 16', 'BRAGOV BOLGOV 16']],
  // "the incident" names again an act of force
  ["Turkish fighter jets shot down a Russian warplane on Tuesday. President Vladimir Putin called the incident dangerous.", ['TURMIL RUSMIL 19', 'RUSGOV TURMIL 11']],
  // "the first time ..." restates the act told
  ['Turkish fighter jets shot down a Russian warplane on Tuesday, the first time a NATO member has downed a Russian military aircraft in half a century.', ['TURMIL RUSMIL 19']],
  // a verb with a particle of its own does not take a pattern that reads it without ("called off" is no call)
  ["Prigozhin called off his fighters' advance on Moscow on Saturday.", []],
  ['Lavrov called off a visit to Turkey.', ['RUSGOV TUR 16']],
  ['Macron called on Iran to release the prisoners.', ['FRAGOV IRN 02']],
  // a group's leader or spokesman is the group; its ministers are of the government it runs
  ["PARIS, Feb. 21 (Demo Wire) -- Agriculture Minister Claire Dubois met farmers' leaders.", ['FRAGOV FRAAGR 04', 'FRAAGR FRAGOV 04']],
  ['Colombian President Juan Manuel Santos and the leader of the FARC guerrillas signed a peace agreement on Monday.', ['COLGOV COLREB 05', 'COLREB COLGOV 05']],
  // adjectives news uses where the country list has another demonym
  ['Maldivian security forces arrested the chief justice on Tuesday.', ['MDVMIL MDVJUD 17']],
  // news outlets are media of their home country
  ["MOSCOW, March 30 (Reuters) - Russia's FSB security service said on Thursday it had detained Wall Street Journal reporter Evan Gershkovich.", ['RUSSPY USAMED 17']],
  ["Niger's junta suspended the broadcasts of BBC and RFI.", ['NERMIL GBRMED 16']],
  // a man or a suspect named by nothing else is a civilian
  ['Police arrested a 41-year-old man at the scene in Tokyo.', ['JPNCOP JPNCVL 17']],
  // a warning with no one named says what it warns of: that is coded by itself
  ['The Chinese ambassador warned that China would impose sanctions on Australia.', ['CHN AUS 13']],
  // a denial is no warning: what it denies is not coded
  ['Uzbek troops killed hundreds of protesters. Karimov denied that troops had been ordered to fire on civilians.', ['UZBMIL UZBOPP 17']],
  // what is denied is not told as done, even when the denier is no known actor
  ['TASHKENT (Reuters) - A witness denied that soldiers had fired on civilians.', []],
  // a plan owned by another party is not the subject's intent; the verb's own event stands
  ['The U.S. ambassador criticised the Mexican president\'s plan to have judges elected by popular vote.', ['USAGOV MEXGOV 11']],
  // an unknown name after a criminal's role, or with one in apposition after "most wanted", is a criminal
  ['Mexican marines captured drug lord Joaquin Guzman on Saturday.', ['MEXMIL MEXCRM 17']],
  ["MEXICO CITY (AP) - Mexican marines captured Joaquin 'El Chapo' Guzman, the world's most wanted drug lord, on Saturday.", ['MEXMIL MEXCRM 17']],
  // an achievement named praises the act named
  ['Mexican marines arrested the drug lord on Saturday. U.S. Attorney General Merrick Garland called the arrest a landmark achievement.', ['MEXMIL MEXCRM 17', 'USAGOV MEXMIL 05']],
  // relations put on hold are reduced
  ['Mexico put relations with the U.S. embassy on hold.', ['MEX USAGOV 16']],
  // a party found inside what a to-infinitive governs is not the deal's other side
  ['Canada and the United States reached a last-minute deal to salvage NAFTA as a three-way pact with Mexico.', ['CAN USA 03', 'USA CAN 03']],
  // roles of one country acting together act on their own country's actors; investigators arrest as police do
  ['South Korean police and anti-corruption investigators arrested impeached President Yoon Suk Yeol at his residence.', ['KORCOP KORGOV 17']],
  ['BRUSSELS (Reuters) - Euro zone leaders agreed on Monday to open negotiations on a bailout for Greece.', ['IGOEUREEC GRC 03']],
  // a group that claims an act told with no doer did it (by bomb: a bombing); condemnation of the attack is then of the group
  ['MOGADISHU (AP) - At least 100 people were killed when two car bombs exploded in Mogadishu. The al-Shabab group claimed responsibility. The United Nations condemned the attack.', ['SOMREB SOMCVL 18', 'IGOUNO SOMREB 11']],
  ['Gunmen opened fire on a crowd. The group claimed responsibility.', []],
  // armed men defeated is fighting; a match won is not
  ['Al-Shabab attacked Mogadishu. The Somali president vowed that his government would defeat the militants.', ['SOMREB SOMGOV 19', 'SOMGOV SOMREB 13']],
  ['Brazil defeated Argentina in the final.', []],
  // a named official of a role the story already placed belongs to that country, not to a venue's dateline
  ["OSLO (Reuters) - Colombia's government and FARC rebels opened peace talks outside Oslo. Rebel commander Ivan Marquez criticised the government.", ['COLGOV COLREB 04', 'COLREB COLGOV 04', 'COLREB COLGOV 11']],
  // a plan named with another party's country is not the subject's intent
  ['Liberian President Ellen Johnson Sirleaf welcomed a U.S. plan to send up to 3,000 troops to West Africa.', ['LBRGOV USA 05']],
  // a place set before the subject says where protesters are; a foreign mission they stand outside does not
  ['PARIS (Reuters) - In La Paz, demonstrators burned a French flag outside the French embassy.', ['BOLOPP FRA 14']],
  // a quantifier standing alone is part of the group named before
  ['CARACAS (Reuters) - Thousands of people protested in Caracas, and some were dispersed by security forces with tear gas.', ['VENCVL VENGOV 14', 'VENMIL VENCVL 17']],
  // a participle after an infinitive goes with the verb that governs it; "including" is no act
  ['Venezuela ordered diplomats from Argentina to leave, accusing its government of meddling.', ['VEN ARG 16', 'VEN ARGGOV 11']],
  ['Blinken said Washington would reimpose the sanctions if Venezuela failed to meet its commitments, including steps to free political prisoners.', ['USAGOV VEN 13']],
  // a boycott of a state ended is a sanction eased
  ['Saudi Arabia agreed to restore ties with Qatar, ending a boycott of the Gulf state.', ['SAU QAT 03', 'SAU QAT 08']],
  // an "-ing" form the tagger reads as an adjective, after a comma and before its object, is a participle
  ['The United States launched its war on Thursday, striking Baghdad with cruise missiles.', ['USA IRQGOV 19']],
  // a step called a mistake is faulted; "until" in the present is a condition not yet met
  ['Britain expelled Russian diplomats. Putin called the decision a big political mistake.', ['GBR RUSGOV 16', 'RUSGOV GBR 11']],
  ['The United States suspended aid to Pakistan until Islamabad takes decisive action against the Taliban.', ['USA PAK 16']],
  // miners are labour; "burst" read as a noun before "into" is the verb
  ['JOHANNESBURG (Reuters) - South African police shot dead 34 striking miners.', ['ZAFCOP ZAFLAB 17']],
  ['OUAGADOUGOU (Reuters) - Soldiers from the presidential guard burst into a cabinet meeting and detained interim President Michel Kafando.', ['BFAMIL BFAGOV 17']],
  // a missile that slams into a building strikes it; a state's force kills people of the other country the sentence names
  ['KYIV (Reuters) - A Russian missile slammed into a children\'s hospital in Kyiv on Monday.', ['RUSMIL UKRHLH 19']],
  ["JERUSALEM (Reuters) - Gaza's civil defence agency said Israeli strikes killed several people.", ['ISR PSECVL 19']],
  // an open question ("whether to recognise") is no act; a venue of one's own country is no party; a crowd
  // that meets troops with clubs is no meeting
  ['European Union foreign ministers left it to each member state to decide whether to recognise Kosovo.', []],
  ['Australia and Papua New Guinea signed a treaty at Parliament House in Canberra.', ['AUS PNG 05', 'PNG AUS 05']],
  ['Israeli troops were met by activists wielding clubs and knives.', []],
  // an election's count rejected by a challenger rejects the state; applying to join a body appeals to it
  ['NAIROBI (Reuters) - Kenyan opposition leader Raila Odinga rejected the result of the presidential election.', ['KENOPP KENGOV 12']],
  ['MINSK (Reuters) - Opposition candidate Sviatlana Tsikhanouskaya said she refused to accept the official results.', ['BLROPP BLRGOV 12']],
  ['Finland and Sweden formally applied to join NATO.', ['FIN IGOWSTNAT 02', 'SWE IGOWSTNAT 02']],
  // a leader who resigns as protesters storm the residence yields to them; a release ordered frees
  ['DHAKA (Reuters) - Prime Minister Sheikh Hasina resigned and fled the country as hundreds of thousands of protesters stormed her official residence.', ['BGDGOV BGDOPP 08', 'BGDOPP BGDGOV 14']],
  ['DHAKA (Reuters) - President Mohammed Shahabuddin ordered the release of jailed opposition leader Khaleda Zia.', ['BGDGOV BGDOPP 08']],
  // force by protesters is a violent protest, unless told as armed; shoppers are civilians
  ['KINSHASA (Reuters) - Protesters attacked the French embassy in Kinshasa on Tuesday.', ['CODOPP FRAGOV 14']],
  ['BAGHDAD (AP) - Protesters traded fire overnight with security forces.', ['IRQOPP IRQMIL 19', 'IRQMIL IRQOPP 19']],
  ['NAIROBI (AP) - Gunmen from al Shabaab stormed a shopping mall in Nairobi, spraying shoppers with gunfire.', ['SOMREB KENCVL 19']],
  // not recognising is refusing, in any tense; forcing from power removes from office
  ['Serbia does not recognise Kosovo.', ['SRB KSV 12']],
  ["Venezuela's military forced President Hugo Chavez from power.", ['VENMIL VENGOV 17']],
  // armed men placed by the dateline who attack a foreign mission there are of the dateline's country
  ["LIMA, Peru (AP) - Leftist guerrillas were holding hundreds of hostages inside the Japanese ambassador's residence.", ['PERREB JPNGOV 18']],
  // "overthrew" read as a noun after a head adjective and before a title is the verb; a name with a
  // particle ("de Moraes") after a role is an unknown person of that role; suspension from office
  ["KHARTOUM (Reuters) - Sudan's military overthrew President Omar al-Bashir on Thursday.", ['SDNMIL SDNGOV 17']],
  ["BRASILIA (Reuters) - Supreme Court Justice Alexandre de Moraes suspended the Federal District's governor from office for 90 days.", ['BRAJUD BRAGOV 17']],
  // a deal brokered in a later sentence is mediated between the sides of the agreement just told
  ['Israel and Hamas agreed to a ceasefire on Sunday. The truce was brokered by Qatar.', ['ISR PSEREBHMS 08', 'PSEREBHMS ISR 08', 'QAT ISR 04', 'QAT PSEREBHMS 04']],
  // the subject of a clause opened by "what" is no slot of the verb before it; an act of war is blamed
  ["NEW DELHI (Reuters) - Indian warplanes struck what New Delhi said was a militant training camp inside Pakistan.", ['INDMIL PAK 19']],
  ['Hezbollah guerrillas captured two Israeli soldiers in a raid. Prime Minister Ehud Olmert called the raid an act of war.', ['LBNREB ISRMIL 18', 'ISRGOV LBNREB 11']],
  // what the parties agree their own people will do is intended, as "agreed to meet" is; a vow of what no pattern codes is no commitment
  ['India and Pakistan agreed that their foreign secretaries would meet next month.', ['IND PAK 03', 'PAK IND 03']],
  ['Jonathan vowed that Nigeria would overcome the insurgents.', []],
  // a reaction at the end of a long story names again the act its lead told, beyond the usual reach
  ['North Korea fired dozens of artillery shells onto the South Korean island of Yeonpyeong. Two marines died. Houses burned. Residents fled. Schools closed. Ferries stopped. Japan\'s government condemned the shelling.', ['PRK KOR 19', 'JPNGOV PRK 11']],
  // a state's own people named by their country are its civilians when it appeals to them; the ICAO is a UN body
  ['Haitian Prime Minister Claude Joseph urged Haitians to remain calm.', ['HTIGOV HTICVL 02']],
  ['EU leaders called on the International Civil Aviation Organization, a U.N. agency, to investigate the incident.', ['IGOEUREEC IGOUNOBUS 02']],
  // force that names no one is aimed at whom its purpose names; a weapon fired from a territory is that territory's
  ['Georgian forces launched an offensive to retake Tskhinvali from separatists.', ['GEOMIL GEOREB 19']],
  ['Rockets fired from Lebanon hit northern Israel.', ['LBN ISR 19']],
  ['Haitian police officers killed four suspected assailants in a gunfight.', ['HTICOP HTIREB 19']],
  // an act told in passing in a relative clause is named again only when the story's own clauses told none of its kind
  ['The United States expelled 60 Russian diplomats on Monday. Britain, which expelled 23 Russian diplomats earlier this month, welcomed the step. Russia\'s Foreign Ministry called the expulsions a provocative gesture.', ['USA RUSGOV 16', 'GBR RUSGOV 16', 'GBR USA 05', 'RUSGOV USA 11']],
  // the object's name set off by commas does not part a verb from its infinitive
  ['Mali ordered France\'s ambassador, Joel Meyer, to leave the country within 72 hours.', ['MLI FRAGOV 16']],
  // channels of relations cut; stones and bricks hurled; an election a candidate quits is boycotted
  ['Pyongyang cut off all official communication lines with Seoul.', ['PRKGOV KORGOV 16']],
  ['HONG KONG (Reuters) - Some protesters hurled bricks and bottles at police lines.', ['HKGOPP HKGGOV 14']],
  ['HARARE (Reuters) - Opposition leader Morgan Tsvangirai pulled out of the presidential run-off.', ['ZWEOPP ZWEGOV 14']],
  // consular officials are diplomats; leaders barred from entering a country are under a travel ban
  ['Caracas ordered the expulsion of three U.S. consular officials.', ['VENGOV USAGOV 16']],
  ['Fiji\'s military seized power. Australia barred the coup leaders from entering the country.', ['FJIMIL FJI 17', 'AUS FJIMIL 16']],
  // a state's police and soldiers acting side by side do not act on each other, whatever the act
  ['DHAKA (Reuters) - Bangladeshi police and paramilitary forces fired tear gas before dawn, ending a sit-in in the capital.', []],
  // an act told with "also" and no one it acts on is aimed where the last act of its root was
  ['Venezuela said it was recalling its ambassador from Brasilia, while Ecuador and Bolivia also withdrew their envoys.', ['VEN BRAGOV 16', 'ECU BRAGOV 16', 'BOL BRAGOV 16']],
  // a crowd that blocks access obstructs (144), an army blockades (191); rioters are civilians
  ['BARCELONA (Reuters) - Thousands of protesters blocked access to Barcelona\'s El Prat airport.', ['ESPOPP ESP 14']],
  ['Russian troops blocked access to the port of Mariupol.', ['RUSMIL UKR 19']],
  ['KARACHI (Reuters) - Rioters torched banks, cars and stations in Sindh.', ['PAKCVL PAKBUS 14']],
  // a country in the infinitive that says what a praised effort is for is not whom the praise is for
  ['The White House said it welcomed any effort to help end the war in Yemen.', []],
  // an investigation into an attack ordered is an inquiry, not the attack
  ['Biden ordered an investigation into the attack on the embassy in Kabul.', ['USAGOV AFGGOV 09']],
  // a halt to operations ordered is de-escalation, not the operations
  ['Russian President Dmitry Medvedev ordered a halt to military operations in Georgia.', ['RUSGOV GEO 08']],
  // an attack ordered is the orderer's attack; "it" for a rebel group the state acts on is another party
  ['ADDIS ABABA (Reuters) - Prime Minister Abiy Ahmed ordered military operations against the TPLF, accusing it of attacking a federal army base.', ['ETHGOV ETHREB 19', 'ETHGOV ETHREB 11']],
  // crowds that speak stay the dateline's, whoever they are outraged at; protesters surround a legislature in protest
  ['TBILISI (Reuters) - Police fired tear gas at protesters. Protesters were outraged that a Russian lawmaker had addressed the parliament.', ['GEOCOP GEOOPP 17', 'GEOOPP RUSLEG 11']],
  ['HONG KONG (Reuters) - Protesters surrounded the city\'s legislature to oppose a bill.', ['HKGOPP HKGLEG 14']],
  // a response promised answers whoever just acted against the promiser's side; "the capture" names the seizure again
  ['Hezbollah guerrillas seized two Israeli soldiers. Prime Minister Ehud Olmert called the capture an act of war, said Lebanon would bear the consequences and promised a very painful and far-reaching response.', ['LBNREB ISRMIL 18', 'ISRGOV LBNREB 11', 'ISRGOV LBNREB 13']],
  // a relative clause on an aside stays in it: the name before the aside is the subject
  ['BUCHAREST (Reuters) - The court annulled the election. Candidate Calin Georgescu, an outsider who topped the first round, denounced the ruling as a coup.', ['ROUOPP ROUJUD 11']],
  // two "-ing" participles joined by "and" after the sentence's opening phrase: it is still the verb's subject
  ['BAKU (Reuters) - Azerbaijani riot police swinging truncheons and firing water cannon broke up a rally by opposition supporters.', ['AZECOP AZEOPP 17']],
  // a member's short form in brackets does not end the list of those who act
  ['ABUJA (Reuters) - The Nigeria Labour Congress (NLC) and the government signed a deal on Monday.', ['NGALAB NGAGOV 05', 'NGAGOV NGALAB 05']],
  // a court barring a party from going ahead with a strike stops its activity
  ['ABUJA (Reuters) - A Nigerian court barred the unions from going ahead with the strike.', ['NGAJUD NGALAB 17']],
  // rebel groups from a region of a country are that country's; the signing in another country's capital is no party
  ["N'DJAMENA (Reuters) - Sudan's government and two rebel groups from the western region of Darfur signed a ceasefire in the Chadian capital.", ['SDNGOV SDNREB 05', 'SDNREB SDNGOV 05']],
  // an aside between commas that opens with an adverb and a participle leaves the name before it the subject
  ["SAN SALVADOR (Reuters) - El Salvador's Congress, newly controlled by President Nayib Bukele's party, voted to remove the five judges of the constitutional chamber.", ['SLVLEG SLVJUD 17']],
  // a state of emergency declared to end strikes is the emergency, not a halt to attacks
  ['LIMA (Reuters) - President Alejandro Toledo declared a state of emergency to end a wave of strikes by teachers.', ['PERGOV PEREDU 17', 'PERGOV PEREDU 08']],
  // a riot by armed men is an assault, or fighting when aimed at armed men
  ['JAKARTA (Reuters) - Pro-Jakarta militiamen stormed a U.N. refugee agency office in West Timor.', ['IDNREB IGOUNOREFHCR 18']],
  ['JAKARTA (Reuters) - Militiamen stormed an army post in West Timor.', ['IDNREB IDNMIL 19']],
  // an arrest ordered is an arrest by who ordered it
  ['MANILA (Reuters) - Philippine President Gloria Macapagal Arroyo ordered the arrest of several opposition politicians.', ['PHLGOV PHLOPP 17']],
  // a court's finding is told like a statement: what it finds unconstitutional, it denounces
  ["PORT MORESBY (Reuters) - Papua New Guinea's Supreme Court ruled that Peter O'Neill's election as prime minister was unconstitutional.", ['PNGJUD PNGGOV 11']],
  // traders who attack a building riot
  ['OUAGADOUGOU (Reuters) - Angry traders attacked the National Assembly.', ['BFABUS BFALEG 14']],
  // recognition switched to a state is recognition given; soldiers called in are asked to help, an envoy called in is summoned
  ['TARAWA (Reuters) - Kiribati switched recognition to China on Friday.', ['KIR CHN 05']],
  ['SUVA (AP) - The government called in the army.', ['FJIGOV FJIMIL 02']],
  ["MOSCOW (Reuters) - Russia's foreign ministry called in the British ambassador.", ['RUSGOV GBRGOV 11']],
  // after ", and", a speech act goes with the verb of saying even with a phrase before its "that"
  ['MOSCOW (Reuters) - Foreign Minister Sergei Lavrov said in a televised statement that the violence was rooted in banditry, and accused Ukraine of calling for violence.', ['RUSGOV UKR 11']],
  // a trial named again is the court's act; calling it a witch-hunt, or executions murder, denounces the court
  ['ABIDJAN (Reuters) - An Ivorian court sentenced Guillaume Soro. Soro called the trial a witch-hunt.', ['CIVJUD CIVELI 11', 'CIVELI CIVJUD 11']],
  ["LONDON (Reuters) - A Nigerian court executed nine activists. Prime Minister John Major called the executions 'judicial murder'.", ['NGAJUD NGAOPP 17', 'GBRGOV NGAJUD 11']],
  // a time limit given to a party, as a date or a span after a noun, is an ultimatum
  ['RIGA (Reuters) - Latvian President Valdis Zatlers gave parliament until the end of March to pass constitutional changes.', ['LVAGOV LVALEG 13']],
  ['RIGA (Reuters) - Latvian President Valdis Zatlers gave parliament three months to pass constitutional changes.', ['LVAGOV LVALEG 13']],
  // "they" in a clause of time telling of a protest are the people acted on, not those acting on them
  ["HARARE (Reuters) - Zimbabwean police arrested the leaders of the country's main labour federation as they tried to march through Harare.", ['ZWECOP ZWELAB 17', 'ZWELAB ZWEGOV 14']],
  ['DHAKA (Reuters) - Riot police fired tear gas at students in Dhaka when they gathered outside the election commission.', ['BGDCOP BGDEDU 17', 'BGDEDU BGDGOV 14']],
  ['KABUL (Reuters) - Militants killed 12 people in Kabul when they set off a bomb outside the ministry.', ['AFGREB AFGCVL 19', 'AFGREB AFGGOV 18']],
  // another name set off by commas does not end the clause
  ['KAMPALA (Reuters) - A military court charged opposition lawmaker Robert Kyagulanyi, better known as Bobi Wine, with illegal possession of firearms.', ['UGAJUD UGAOPP 17']],
  // after ", with", a phrase and an "-ing" form the tagger read as a noun are a clause
  ['FREETOWN (Reuters) - Protests turned violent in Freetown, with police firing tear gas and live rounds at stone-throwing crowds.', ['SLECOP SLECVL 17']],
  // a state's own envoys called home are no party: the country they served in is
  ['MINSK (Reuters) - Poland and Japan said they were also calling their ambassadors home.', ['POL BLR 16', 'JPN BLR 16']],
  ['LONDON (Reuters) - France and Germany recalled their ambassadors from Tehran, and Norway closed its embassy there.', ['FRA IRNGOV 16', 'DEU IRNGOV 16', 'NOR IRN 16']],
  // rioters told of by a participle after "after" are the subject of the verb that follows
  ['PAPEETE (Reuters) - France ordered hundreds of extra police to Tahiti after rioters wielding clubs ransacked the centre of Papeete.', ['FRA PYF 15', 'PYFCVL PYF 17']],
  // a past participle after "had" that the tagger read as a noun
  ['MAE SAI, Thailand (Reuters) - The general said the Myanmar troops had overrun a Thai ranger outpost near the border.', ['MMRMIL THA 19']],
  // state media speaking of a foreign state are the dateline's country's; artists are people
  ['HAVANA (Reuters) - State media accused the United States of financing the group.', ['CUBGOVMED USA 11']],
  ["HAVANA (Reuters) - Cuba's deputy culture minister met with about 30 artists.", ['CUBGOV CUBCVL 04', 'CUBCVL CUBGOV 04']],
  // a body's short form in brackets names it later, where nothing but the dateline placed the phrase
  ['BUENOS AIRES (Reuters) - The General Confederation of Labour (CGT) called a strike. CGT leader Hector Daer urged lawmakers to reject the bill.', ['ARGLAB ARGGOV 14', 'ARGLAB ARGLEG 02']],
  // a deed joined after an active past perfect shares its "had" and its subject; a speech act goes with the reporter
  ['GENEVA (Reuters) - Switzerland said that Libya had detained two Swiss businessmen and imposed restrictions on Swiss companies.', ['LBY CHEBUS 17']],
  ['MADRID (Reuters) - Prime Minister Mariano Rajoy said no referendum had taken place and thanked the police for their work.', ['ESPGOV ESPCOP 05']],
  // an arrest called revenge denounces whoever made it
  ['COLOMBO (Reuters) - Sri Lankan military police arrested former army chief Sarath Fonseka. Opposition parties called the arrest political revenge.', ['LKACOP LKAELI 17', 'LKAOPP LKACOP 11']],
  // peacekeepers ordered out of the country are expelled as peacekeepers (1661), not as persons (174)
  ['ASMARA (Reuters) - Eritrea ordered U.N. peacekeepers from the United States and Russia to leave the country within 10 days.', ['ERI IGOUNO 16']],
  // a court throwing out what a party brought rejects it
  ["HARARE (Reuters) - The Supreme Court threw out the opposition's challenge to the election result.", ['ZWEJUD ZWEOPP 12']],
  // a deal "brokered by" a party, set off by commas, was mediated by it between the deal's sides
  ["TRIPOLI (Reuters) - Chad's government and rebels signed a peace accord. The accord, brokered by Libyan leader Muammar Gaddafi, provides for a ceasefire.", ['TCDGOV TCDREB 05', 'TCDREB TCDGOV 05', 'LBYGOV TCDGOV 04', 'LBYGOV TCDREB 04']],
  // a party's armed men are rebels: their fighting is force, not a riot
  ['MAPUTO (Reuters) - Renamo gunmen fought government troops in Sofala province.', ['MOZREB MOZMIL 19']],
  // sanctions a body says it would consider against a party, and a vow to bring a party to justice, are threats
  ['KINSHASA (Reuters) - The U.N. Security Council said it would consider further sanctions against the rebels.', ['IGOUNO CODREB 13']],
  ['HARARE (Reuters) - The president vowed to bring the rebels to justice.', ['ZWEGOV ZWEREB 13']],
  // a union, whoever's members it has, is labour
  ["NAIROBI (Reuters) - A Kenyan court sentenced seven leaders of the doctors' union to one month in jail.", ['KENJUD KENLAB 11']],
];

// [text, date, events]: where who held which office on the day decides the codes
const datedRows: [string, string, string[]][] = [
  // a person known only by country takes the role an appositive gives
  ["DAR ES SALAAM (Reuters) - Burundi's President Domitien Ndayizeye and Pierre Nkurunziza, leader of the country's main Hutu rebel group, signed a peace accord.", '2003-11-16', ['BDIGOV BDIREB 057', 'BDIREB BDIGOV 057']],
  // a refusal that names no one answers the last demand made of its side; with none, it is not coded
  ['BUDAPEST (Reuters) - Thousands of protesters demanded that Prime Minister Ferenc Gyurcsany resign. Gyurcsany refused to resign on Tuesday.', '2006-09-20', ['HUNOPP HUNGOV 1041', 'HUNGOV HUNOPP 1231']],
  ['BUDAPEST (Reuters) - Prime Minister Ferenc Gyurcsany refused to resign on Tuesday.', '2006-09-20', []],
  // two sides of one country signing are each other's party, not those of the clashes their deal ends
  ['MAPUTO (Reuters) - President Armando Guebuza and Renamo leader Afonso Dhlakama signed an agreement to end two years of clashes between government forces and the former rebel movement.', '2014-09-05', ['MOZGOV MOZOPP 057', 'MOZOPP MOZGOV 057', 'MOZMIL MOZELI 190', 'MOZELI MOZMIL 190']],
  // an aside with a bracketed short form still names the subject; an organ of state is never a party's
  ['BUCHAREST (Reuters) - George Simion, leader of the nationalist Alliance for the Union of Romanians (AUR), accused the authorities of staging a coup.', '2025-03-10', ['ROUOPP ROUGOV 112']],
  // an electoral body is the state's; "him" is the person, not the body named last
  ['BUCHAREST (Reuters) - Police fired tear gas at supporters of Calin Georgescu outside the Central Electoral Bureau, after the bureau barred him from running in the election.', '2025-03-10', ['ROUCOP ROUCVL 175', 'ROUGOV ROUOPP 1722']],
  // a decree named again is the one who issued it, whatever was told in between
  ["JAKARTA (Reuters) - President Megawati Sukarnoputri issued a decree on Friday placing Aceh under martial law. Indonesia's Supreme Court said on Monday the decree was unconstitutional.", '2004-05-03', ['IDNJUD IDNGOV 111']],
  // force on places held by a party is aimed at the holder, past a time adjunct
  ['MAKHACHKALA, Russia (Reuters) - Russian warplanes pounded mountain villages in Dagestan on Tuesday held by Islamic militants.', '1999-08-10', ['RUSMIL RUSREB 190']],
  // an ordinal the tagger reads as an adverb stays in the phrase; talks opened together
  ['BRUSSELS (Reuters) - Serbia and Kosovo opened their first direct talks on Tuesday.', '2011-03-08', ['SRB KSV 046', 'KSV SRB 046']],
  // an act named again is the doer its "by" phrase named before
  ["NIAMEY (Reuters) - Niger's government said it had foiled a coup attempt by a group of soldiers. The African Union condemned the attempt.", '2021-03-31', ['IGOAFRAFU NERMIL 111']],
  // another state's mission speaks to the host's authorities
  ['ALMATY (Reuters) - Opposition leader Altynbek Sarsenbayev was found shot dead on Monday. The U.S. embassy said it was shocked by the killing and urged the authorities to find those responsible.', '2006-02-13', ['USAGOV KAZGOV 020']],
  // a body's name after the word of its role is a body of that role
  ['DOUALA, Cameroon (Reuters) - President Paul Biya accused unnamed plotters of manipulating young people. The opposition Social Democratic Front rejected the charge.', '2008-02-28', ['CMRGOV CMRCVL 112', 'CMROPP CMRGOV 016']],
  // a state's Gulf neighbour is another Gulf state
  ['DUBAI (Reuters) - Saudi Arabia and Bahrain recalled their ambassadors from Qatar on Wednesday, accusing their Gulf neighbour of meddling in their internal affairs.', '2014-03-05', ['SAU QAT 161', 'BHR QAT 161', 'SAU QAT 1123', 'BHR QAT 1123']],
  // secessionist leaders are rebels
  ["CHRISTCHURCH, New Zealand (Reuters) - Papua New Guinea's government and secessionist leaders from Bougainville signed an agreement on Friday.", '1998-01-23', ['PNGGOV PNGREB 057', 'PNGREB PNGGOV 057']],
  // an irregular past is a finite verb after a subject with "loyal to"; a head of state's troops are the state's forces
  ["BISSAU (Reuters) - Rebel soldiers loyal to former army chief General Ansumane Mane overran the last positions held by President Joao Bernardo Vieira's troops on Friday.", '1999-05-07', ['GNBREB GNBMIL 190']],
  // a foreign embassy stands in the dateline's country: roles are that country's, not the embassy's
  ['BISSAU (Reuters) - Vieira took refuge in the Portuguese embassy. The president accused the rebels of treason.', '1999-05-07', ['GNBGOV GNBREB 1125']],
  // people named by nationality, seized by an armed group, are abducted; a place stormed is whoever it holds
  ['SANAA (Reuters) - The tourists, 12 Britons and two Americans, were seized on Monday on the road to Aden by gunmen.', '1998-12-29', ['YEMREB GBR 181', 'YEMREB USA 181']],
  ['SANAA (Reuters) - Yemeni security forces stormed a hideout where Islamic militants were holding 16 Western tourists on Tuesday.', '1998-12-29', ['YEMMIL YEMREB 190']],
  // a name before an aside opened by "whom" is the subject of the verb after it
  ['ABIDJAN (Reuters) - The government said former military ruler General Robert Guei, whom it accused of leading the uprising, had been killed by security forces.', '2002-09-19', ['CIVMIL CIVELI 186']],
  // where a blocked road leads is no party: the protest is at the country's government
  ['LIMA (Reuters) - Residents of the Peruvian town of Ilave had blocked the highway to Bolivia for weeks.', '2004-04-27', ['PERCVL PERGOV 144']],
  // a pardon named again is the one who pardoned
  ["YEREVAN (Reuters) - Azerbaijan's President Ilham Aliyev pardoned Ramil Safarov, an army officer. Armenian President Serzh Sargsyan condemned the pardon.", '2012-08-31', ['AZEGOV AZEMIL 0841', 'ARMGOV AZEGOV 111']],
  // "whose" takes its owner from the phrase it follows
  ['DUBAI (Reuters) - Saudi Arabia recalled its ambassador from Qatar. Kuwait, whose emir has tried to mediate between the two sides, did not join the move.', '2014-03-05', ['SAU QAT 161', 'KWTGOV QATGOV 045']],
  // a prosecutor's office is the judiciary's; a parliament's speaker is of the legislature
  ["ASHGABAT (Reuters) - The prosecutor-general's office said it had opened a criminal case against parliament speaker Ovezgeldy Atayev.", '2006-12-21', ['TKMJUD TKMLEG 091']],
  // an international body's name at the end of a longer proper name is another body's
  ["TEHRAN (Reuters) - Iran's Supreme National Security Council accused the United States of sabotage.", '2006-12-21', ['IRN USA 112']],
  // a person's dated role before the office the dictionary lists; a senate president is of the legislature
  ["LA PAZ (Reuters) - Coca growers' leader Evo Morales, head of the opposition Movement Toward Socialism, demanded that Senate President Hormando Vaca Diez step aside.", '2005-06-07', ['BOLOPP BOLLEG 1041']],
  // soldiers rising against their government are not its side: its spokesman's blame is aimed at them
  ['NIAMEY (Reuters) - Niger\'s government said on Wednesday it had foiled a coup attempt by a group of soldiers. Several people had been arrested, government spokesman Abdourahamane Zakaria said, calling the attempt "cowardly and retrograde".', '2021-03-31', ['NERCOP NERCVL 173', 'NERGOV NERMIL 111']],
  // demands agreed to are yielded to
  ['ABIDJAN (Reuters) - President Alassane Ouattara said on Saturday he had agreed to the demands of mutinous soldiers over bonus payments.', '2017-01-07', ['CIVGOV CIVMIL 080']],
  // a counted crowd before an aside telling what part of it is, with a participle of its own, is the subject
  ['BAKU (Reuters) - Hundreds of protesters, many of them students expelled from the university, hurled stones at police on Saturday.', '2017-01-07', ['AZEOPP AZECOP 145']],
  // a passive gerund after "before" shares the clause's subject; armed men pushed back are repelled; a
  // body of no country acting with a state's forces leaves that country's rebels their target
  ['BANGUI (Reuters) - Rebels attacked the outskirts of the capital Bangui on Wednesday before being pushed back by government troops and U.N. peacekeepers.', '2021-01-13', ['CAFREB CAFGOV 190', 'CAFMIL CAFREB 190', 'IGOUNO CAFREB 190']],
  // "the party" is the party in opposition named before; joining a force is no accord
  ["DUSHANBE (Reuters) - Prosecutors accused the Islamic Renaissance Party of Tajikistan, the country's main opposition group, of organising the violence. The party denied any role.", '2015-09-05', ['TJKJUD TJKOPP 112', 'TJKOPP TJKJUD 016']],
  ['DUSHANBE (Reuters) - The general, a former opposition fighter who joined the army under the 1997 peace deal, is a member of the party.', '2015-09-05', []],
  // the authorities of the place a "where" clause follows; "them" after its own clause's "they" is someone else
  ['ALMATY (Reuters) - Thousands of Dungans, a Chinese-speaking Muslim people, fled across the border into Kyrgyzstan, where the authorities said they had given them temporary shelter.', '2020-02-08', ['KGZGOV KAZCVL 073']],
  // a law named again is whoever passed it, however far back the story told of it
  ["PODGORICA (Reuters) - Montenegro's parliament passed a law on religious freedom on Friday. The vote was 45 to 0. The law requires religious communities to prove they owned their property before 1918. Thousands of people took part in services through the night. The church has hundreds of monasteries in the country. Many of them are centuries old. Serbian President Aleksandar Vucic criticised the law.", '2019-12-27', ['SRBGOV MNELEG 111']],
  // talks a party is due to hold are an intent to meet; Ahtisaari was the U.N.'s envoy for Kosovo
  ['PRISTINA (Reuters) - Martti Ahtisaari is due to hold a final round of talks with Serbian negotiators in Vienna later this month.', '2007-02-11', ['IGOUNO SRBGOV 036']],
  // a bare title after "for" names an office, not a person; a party's leader, named, is a person of the party
  ["BANGKOK (Reuters) - Thailand's parliament rejected Move Forward Party leader Pita Limjaroenrat in a vote for prime minister on Wednesday, hours after the Constitutional Court suspended him as a lawmaker.", '2023-07-19', ['THALEG THAOPP 120', 'THAJUD THAOPP 1722']],
  // a body admitting states takes them in; what a party was urged to wait "until" has not happened
  ["KUALA LUMPUR (Reuters) - The Association of South East Asian Nations formally admitted Myanmar and Laos on Wednesday. Washington had urged ASEAN to delay Myanmar's admission until the generals opened a dialogue with opposition leader Aung San Suu Kyi.", '1997-07-23', ['IGOSEAASN MMR 057', 'IGOSEAASN LAO 057', 'USAGOV IGOSEAASN 020']],
  // "it" opening a sentence after one whose subject is the agreement is the agreement, no party
  ['ABIDJAN (Reuters) - The agreement commits the rebels to disarm and turn themselves into a political party. It also requires the government to send home a South African security firm.', '1996-11-30', []],
  // the leaders of a legislature are legislators
  ['LIMA (Reuters) - President Manuel Merino announced his resignation after the leaders of Congress demanded he step down.', '2020-11-15', ['PERLEG PERGOV 1041']],
  // cruelty is a noun of blame in a naming
  ['MOSCOW (Reuters) - Chechen rebels attacked Russian troops in Budyonnovsk. President Boris Yeltsin called the raid an act of unprecedented cruelty.', '1995-06-15', ['RUSREB RUSMIL 190', 'RUSGOV RUSREB 111']],
  // a meeting named again is both sides' who met
  ['ANNAPOLIS (Reuters) - Israeli Prime Minister Ehud Olmert met Palestinian President Mahmoud Abbas on Tuesday. Hamas denounced the meeting.', '2007-11-27', ['ISRGOV PSEGOV 040', 'PSEGOV ISRGOV 040', 'PSEREBHMS PSEGOV 111', 'PSEREBHMS ISRGOV 111']],
  // a curfew imposed with no one named imposing it is the government's of the country
  ["ULAANBAATAR (Reuters) - Rioters set fire to the ruling party's headquarters. A night curfew was imposed on the capital.", '2008-07-02', ['MNGCVL MNGPTY 145', 'MNGGOV MNG 1723']],
  // an arrest told with the passive's auxiliary left out is a passive, by the country's police
  ['SAO TOME (Reuters) - Prime Minister Patrice Trovoada said four attackers had been killed and several people arrested.', '2022-11-25', ['STPCOP STPCVL 173']],
  // a raid by police or prosecutors is coercion, not fighting
  ['SOFIA (Reuters) - Prosecutors and police raided the presidency on Thursday.', '2020-07-11', ['BGRJUD BGRGOV 170', 'BGRCOP BGRGOV 170']],
  // a call for someone's resignation is a demand for it
  ['SOFIA (Reuters) - Bulgarian President Rumen Radev called on Saturday for the resignation of Chief Prosecutor Ivan Geshev.', '2020-07-11', ['BGRGOV BGRJUD 1041']],
  // "they" in what police said is the police
  ["SOFIA (Reuters) - Prosecutors detained two of President Rumen Radev's advisers. Police said they had detained several people after protesters clashed with officers.", '2020-07-11', ['BGRJUD BGRGOV 173', 'BGRCOP BGRCVL 173', 'BGROPP BGRCOP 145', 'BGRCOP BGROPP 190']],
  // armed pursuit vowed is a threat of force
  ['WASHINGTON (Reuters) - President Barack Obama vowed to hunt down the Taliban militants responsible.', '2013-03-01', ['USAGOV AFGREB 138']],
  // a preposition after a participle telling about the object is the participle's: no "call on"
  ['PHNOM PENH (Reuters) - Hun Sen called the prison sentence passed on Thaksin by a Thai court politically motivated.', '2009-11-05', ['KHMGOV THAELI 111']],
];
for (const [text, date, expected] of datedRows) {
  test(`events on ${date}: ${text}`, async () => {
    assert.deepEqual((await eventsOf(text, date)).sort(), [...expected].sort());
  });
}

for (const [text, expected] of rows) {
  test(`events: ${text}`, async () => {
    const events = (await eventsOf(text)).map((e) => e.replace(/ (\d\d)\d*$/, ' $1'));
    assert.deepEqual([...new Set(events)].sort(), [...expected].sort());
  });
}

// full codes where the intent frame decides them: a coercive action decided on is taken, one
// planned or promised is a threat of its own kind (CAMEO 131x-138x), cooperation agreed is an intent
const intents: [string, string[]][] = [
  ['The European Union agreed to extend its sanctions against Russia.', ['IGOEUREEC RUS 163']],
  ['The European Union plans to impose sanctions on Russia.', ['IGOEUREEC RUS 1312']],
  // action said to lie ahead is a threat of it; what a party wants to do is its intent
  ['Pompeo said Washington would take action against Maduro.', ['USAGOV VENGOV 137']],
  ['Putin wants to meet Zelensky.', ['RUSGOV UKRGOV 036']],
  // a measure announced with "will" is the decision taken (as real-news coders code it), not a threat
  ['Poland will expel Russian diplomats.', ['POL RUSGOV 161']],
  ['Moscow and Beijing agreed to hold talks.', ['RUSGOV CHNGOV 036', 'CHNGOV RUSGOV 036']],
  ['Putin told reporters that Moscow was open to meeting Zelenskiy.', ['RUSGOV UKRGOV 036']],
  // possibility is not an act: a coercive "could" is a threat; "is set to" is an intent
  ["Israel could strike Iran's nuclear facilities, officials warned.", ['ISR IRN 138']],
  ['The EU may impose new sanctions on Russia.', ['IGOEUREEC RUS 1312']],
  ['Germany is set to deliver more Patriot systems to Ukraine.', ['DEU UKR 0332']],
  // a reprisal said to lie ahead is a threat: of force after force, else a threat
  ['Israel struck Iran on Friday. Iran vowed to retaliate.', ['ISR IRN 190', 'IRN ISR 138']],
  ["Houthi rebels fired a missile at Israel's main airport. Netanyahu said Israel would respond to the attack.", ['YEMREB ISR 194', 'ISR YEMREB 138']],
  // a host of a gathering that names no guest hosts the sides the sentence names, or those of the agreement just told
  ['Thailand and Cambodia agreed to a ceasefire at talks hosted by Malaysian Prime Minister Anwar Ibrahim.', ['THA KHM 0871', 'KHM THA 0871', 'MYSGOV THA 043', 'MYSGOV KHM 043']],
  ['Israel and the Palestinians agreed to resume talks. The United States hosted the conference.', ['ISR PSE 036', 'PSE ISR 036', 'USA ISR 043', 'USA PSE 043']],
  ['Qatar hosted the World Cup in 2022.', []],
  // a state sanctions another country's people: the sentence's other country, the dateline's, or the story's last
  ['YANGON, Myanmar (AFP) - Soldiers fired on protesters. Washington tightened sanctions on the generals on Tuesday.', ['MMRMIL MMROPP 175', 'USAGOV MMRMIL 163']],
  ['Myanmar\'s junta pressed a crackdown on Thursday. Britain imposed sanctions on the generals.', ['GBR MMRMIL 163']],
  // a measure joined to another by "and", with no party of its own, is against the same party; cooperation cut
  ['Britain imposed sanctions on Iran and froze cooperation.', ['GBR IRN 163', 'GBR IRN 160']],
  ['Helen Clark said New Zealand was cutting all military cooperation with Fiji.', ['NZL FJI 160']],
  // parties keeping watch together do not watch each other
  ['Qatar, Egypt and the United States would monitor the truce.', []],
  ['Qatar and Egypt would hold talks.', ['QAT EGY 036', 'EGY QAT 036']],
  // where parties met or talked is no party: "on" a place a country only qualifies, or a venue of mediation
  ['SINGAPORE (AP) — President Donald Trump and North Korean leader Kim Jong Un met on a Singapore resort island on Tuesday.', ['USAGOV PRKGOV 040', 'PRKGOV USAGOV 040']],
  ['Ethiopia and Tigrayan rebels agreed to a cessation of hostilities. The deal followed talks in Pretoria mediated by the African Union.', ['ETH ETHREB 0871', 'ETHREB ETH 0871', 'IGOAFRAFU ETH 045', 'IGOAFRAFU ETHREB 045']],
  ['South Korean President Kim Dae-jung and North Korean leader Kim Jong Il put their names to the declaration on Wednesday.', ['KORGOV PRKGOV 057', 'PRKGOV KORGOV 057']],
  // an arrest told with no one making it is by the arrested person's own police, where it happened there
  ['MANILA, Philippines (AP) — Former Philippine President Rodrigo Duterte was arrested on Tuesday at Manila\'s airport.', ['PHLCOP PHLELI 173']],
  ['Two American journalists were detained in Moscow.', []],
  // a named person a state's force acts on, placed only by the dateline, is of the force's country
  ['MEXICO CITY, April 6 (Reuters) - Ecuadorean police arrested former Vice President Jorge Glas late on Friday.', ['ECUCOP ECUELI 173']],
  ['MEXICO CITY, April 6 (Reuters) - Ecuadorean diplomats met Foreign Minister Alicia Barcena on Friday.', ['ECUGOV MEXGOV 040', 'MEXGOV ECUGOV 040']],
  // parties of one country act on their own people, not on people the dateline places
  ['JEDDAH, Saudi Arabia (Reuters) - Sudan\'s army and the paramilitary Rapid Support Forces signed a pledge on Thursday to protect civilians.', ['SDNMIL SDNCVL 0334', 'SDNREB SDNCVL 0334']],
  // two countries agreeing together act on each other, not on people the dateline places
  ['ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations agreed on Friday to exchange 1,000 prisoners of war each.', ['RUSGOV UKRGOV 0353', 'UKRGOV RUSGOV 0353']],
  ['APIA, Samoa (Reuters) - Australia and New Zealand urged the protesters to respect the rule of law.', ['AUS WSMOPP 0244', 'NZL WSMOPP 0244']],
  // parties firing together fire at whom the pattern's preposition names; a statement made in a city is not aimed at it
  ['British and French warships fired missiles at Libyan tanks.', ['GBRMIL LBYMIL 194', 'FRAMIL LBYMIL 194']],
  ['U.S. and British warships fired missiles at Libyan tanks.', ['USAMIL LBYMIL 194', 'GBRMIL LBYMIL 194']],
  ['Russia and China held talks at Moscow.', ['RUS CHN 046', 'CHN RUS 046']],
  ['Vladimir Putin, Russia\'s prime minister, warned in Beijing that Georgia would face retaliation.', ['RUSGOV GEO 130']],
  ['The U.N. mission called for a ceasefire in Tripoli.', ['IGOUNO LBY 0256']],
  // an act said to draw, or to be met with, retaliation threatens its doer: the party it names, else the last to use force on the speaker's side
  ['Georgia launched an offensive. Vladimir Putin warned that Georgia\'s attack would draw retaliation.', ['RUSGOV GEO 130']],
  ['North Korea shelled a South Korean island. President Lee Myung-bak warned that any further provocation would be met with enormous retaliation.', ['PRK KOR 194', 'KORGOV PRK 138']],
  // force in answer ("fired back", "returned fire") is aimed at whoever used force on the side; it is not "the attack" named again
  ['North Korea fired artillery shells at a South Korean island, killing two marines, and South Korea fired back. The White House condemned the attack.', ['PRK KORMIL 194', 'KOR PRK 190', 'USAGOV PRK 111']],
  ['Rebels attacked Malian soldiers. The soldiers returned fire.', ['MLIREB MLIMIL 190', 'MLIMIL MLIREB 190']],
  ['Afghan soldiers fired back.', []],
  // a state answers a foreign force's act on anyone in its country, not an act of its own forces there
  ['Indian warplanes struck a camp of the Jaish-e-Mohammad group inside Pakistan. Pakistan said it would respond.', ['INDMIL PAKREB 190', 'PAK INDMIL 138']],
  ['Pakistani troops attacked the Pakistani Taliban in Waziristan. Pakistan said it would respond.', ['PAKMIL PAKREB 190']],
  ['Houthi rebels fired a missile at the UAE. The UAE said it reserved the right to respond.', ['YEMREB ARE 194', 'ARE YEMREB 138']],
  ['The United States imposed tariffs on China. China vowed to respond.', ['USA CHN 163', 'CHN USA 130']],
  // a noun of reprisal among the pattern's words makes it one: "vowed revenge", "vowed to take revenge"
  ['Israel struck Iran on Friday. Iran vowed revenge.', ['ISR IRN 190', 'IRN ISR 130']],
  ['Israel struck Iran on Friday. Iran vowed to take revenge.', ['ISR IRN 190', 'IRN ISR 138']],
  // military action said as what might be taken is a threat of force (138), not of unspecified action (137)
  ['Netanyahu warned that Israel might take tougher military action against Hamas.', ['ISR PSEREBHMS 138']],
  // its means, when it names one, is what is threatened
  // doing what a party's resolution, ruling or demand requires yields to that party; said ahead, an intent
  ['Iraq complied with the U.N. resolution.', ['IRQ IGOUNO 080']],
  ['Libya said Tripoli would abide by a U.N. Security Council resolution.', ['LBYGOV IGOUNO 035']],
  ['Malian army officers said the armed forces would no longer obey the government.', ['MLIMIL MLIGOV 124']],
  // telling a party of one's own act: "it" is the teller; ending a truce with a party reduces relations
  ['COLOMBO (Reuters) - Sri Lanka notified Norway on Thursday that it was pulling out of its ceasefire with the Tamil Tiger rebels.', ['LKA LKAREB 160']],
  // "the rebel alliance" is the armed group the story named, whatever border it crossed from
  ["N'DJAMENA (Reuters) - Chadian rebels fought their way into the capital. The rebel alliance, which crossed the desert from the Sudanese border, called on Deby to step down.", ['TCDREB TCDGOV 0241']],
  // a sentence that opens by placing itself ("In Beijing,") places the roles in it, not the dateline
  ['MANILA (Reuters) - In Beijing, a foreign ministry spokesman said the shoal, which China calls Huangyan Island, was part of Chinese territory, and urged Manila not to create new trouble.', ['CHNGOV PHLGOV 020']],
  // "both sides" after a state and its own armed group is the two of them, not the venue's country
  ["PRETORIA (Reuters) - Ethiopia's federal government and forces from the Tigray region agreed to a cessation of hostilities. The deal was signed in the South African capital after talks mediated by Olusegun Obasanjo. Getachew Reda signed for the TPLF. Getachew said his side had made painful concessions, while Abiy said Ethiopia's commitment to peace remained steadfast. The United States welcomed the agreement and urged both sides to implement it in full.", ['ETHGOV ETHMIL 0871', 'ETHMIL ETHGOV 0871', 'NGAELI ETHMIL 045', 'NGAELI ETHGOV 045', 'ETHGOV ETHREB 057', 'ETHREB ETHGOV 057', 'USA ETHREB 051', 'USA ETHGOV 051', 'USA ETHREB 020', 'USA ETHGOV 020']],
  // three bodies acting together, like three countries, do not say which acts on which
  ['BAMAKO (Reuters) - The United Nations, the African Union and ECOWAS issued a joint statement.', []],
  // a state's own forces are what it pulls back, not whom it yields to; one who surrenders to them yields to them
  ['KHARTOUM (Reuters) - South Sudan announced it would pull its forces out under international pressure.', []],
  // a battle fought is the fighting itself, between the sides
  ['PHNOM PENH (Reuters) - Thai and Cambodian troops fought a gun battle on Wednesday near the disputed Preah Vihear temple.', ['THAMIL KHMMIL 190', 'KHMMIL THAMIL 190']],
  ['ISLAMABAD (Reuters) - Pakistan\'s supporters fought running battles with police across the country.', ['PAKCVL PAKCOP 145']],
  // "the coup attempt" names again the act of force told before
  ['BUJUMBURA (Reuters) - A Burundian general announced on Wednesday that he had removed President Pierre Nkurunziza from office. The African Union condemned the coup attempt.', ['BDIMIL BDIGOV 172', 'IGOAFRAFU BDIMIL 111']],
  // a passive of dismay names its cause, an act told before, not an agent
  ['KATHMANDU (Reuters) - Police opened fire on protesters, killing at least 19 people. The U.N. human rights office said it was shocked by the killings.', ['NPLCOP NPLOPP 175', 'IGOUNO NPLCOP 111']],
  // a state cuts its ties to another party, never to itself
  ['PHNOM PENH (Reuters) - Thailand expelled Cambodia\'s envoy, and Cambodia on Thursday downgraded its ties to their lowest level.', ['THA KHMGOV 161', 'THA KHM 161']],
  // the gathering on whose sidelines two leaders met is where, not whom
  ['BISHKEK (Reuters) - Presidents Sadyr Japarov and Emomali Rahmon met on the sidelines of a Shanghai Cooperation Organisation summit in Samarkand.', ['KGZGOV TJKGOV 040', 'TJKGOV KGZGOV 040']],
  // after a demand's "that" and a name, a bare verb the tagger read as a noun
  ['MORONI (Reuters) - The Comoros government demanded on Thursday that France hand over Colonel Mohamed Bacar.', ['COMGOV FRA 1013']],
  ['MANILA (Reuters) - The Philippine military chief demanded that China return seized rifles and pay for damage to navy boats.', ['PHLMIL CHN 100']],
  // a vow to carry the fight to a party's seat threatens force; opposition officials are opposition
  ['GOMA (Reuters) - M23 spokesman Colonel Vianney Kazarama told a crowd at a stadium the rebels would carry the fight all the way to Kinshasa.', ['CODREB CODGOV 138']],
  ['PHNOM PENH (Reuters) - The Supreme Court banned 118 opposition officials from politics for five years.', ['KHMJUD KHMOPP 1722']],
  // "all sides" does not include the party that speaks to them (a state's own rebels it may be)
  ["BUJUMBURA (Reuters) - The United States said it still recognised Nkurunziza as Burundi's legitimate president and urged all sides to lay down their arms.", ['USA BDIELI 054', 'USA BDIGOV 0256']],
  // trade frozen with a party is an embargo; armed intruders are an armed group of their nationality
  ['Saudi Arabia has frozen new trade and investment with Ottawa.', ['SAU CANGOV 163']],
  ['KUALA LUMPUR (Reuters) - Malaysian fighter jets bombed the positions of armed Filipino intruders in Sabah.', ['MYSMIL PHLREB 195']],
  // a setback named as what an act is: criticism of its doer
  ['Russia annexed Crimea on Tuesday. Britain called the annexation a serious setback for European security.', ['RUS UKR 192', 'GBR RUS 111']],
  // armed men holed up in a building block nobody's passage; the accusation's content is not the accuser's act
  ['About 30 armed men attacked a Kosovo police patrol before barricading themselves in a Serbian Orthodox monastery.', ['KSVREB KSVCOP 190']],
  ['Kosovo Prime Minister Albin Kurti accused Belgrade of organising and financing the attack.', ['KSVGOV SRBGOV 112']],
  // ties or aid put under review after a dispute: a warning they may be cut (not a policy review)
  ['Indonesia said it would review its cooperation with Australia after the spying reports.', ['IDN AUS 1313']],
  ['The State Department said Washington was reviewing its military assistance to Thailand.', ['USAGOV THA 1311']],
  ['The government will review its policy on refugees.', []],
  ["Poland will close Russia's last remaining consulate on its territory. Moscow said it would respond by reducing Poland's diplomatic presence in Russia.", ['POL RUS 161', 'RUSGOV POL 1313']],
  // what a demand asks for in a "that" clause says its kind, as an infinitive's words do
  ['China demanded that Indian troops withdraw.', ['CHN INDMIL 1056']],
  ['DHAKA (Reuters) - Protesters demanded that Prime Minister Sheikh Hasina step down.', ['BGDOPP BGDGOV 1041']],
  // a reprisal that names its weapons is that force, with no force told before it
  ['Israel retaliated with air strikes on Hamas targets in Gaza.', ['ISR PSEREBHMS 195']],
  // a party suspended by a body of its own state is banned; a state suspended by a bloc loses relations
  ["MANAMA (Reuters) - A Bahraini court suspended the main Shi'ite opposition group, al-Wefaq, on Thursday.", ['BHRJUD BHROPP 1722']],
  ['The African Union suspended Mali after the coup.', ['IGOAFRAFU MLI 161']],
  // a protest the text says rioters made is a riot, whatever form it took
  ['MAPUTO (Reuters) - Rioters blocked roads with burning tyres in Maputo on Thursday in protest against a rise in bread prices.', ['MOZCVL MOZGOV 145']],
  ['MAPUTO (Reuters) - Protesters blocked roads in Maputo on Thursday in protest against a rise in bread prices.', ['MOZOPP MOZGOV 144']],
];
for (const [text, expected] of intents) {
  test(`events, full code: ${text}`, async () => {
    assert.deepEqual([...new Set(await eventsOf(text))].sort(), [...expected].sort());
  });
}

// sentence, document date -> the date of its (first) event: a past act in a month named without
// its year is the last such month; an intent is dated when it was voiced, never by the time ahead it names
const dated: [string, string, string][] = [
  ['The Prime Minister of India, Narendra Modi, visited Washington in June.', '2024-04-06', '2023-06'],
  ['Modi will visit Washington in June.', '2024-04-06', '2024-04-06'],
  ['Trump said on Tuesday he would meet Xi Jinping in April.', '2025-12-05', '2025-12-02'],
  ['The UN Security Council voted to extend the mandate of its peacekeeping mission in Lebanon until the end of 2026.', '2025-12-03', '2025-12-03'],
  ['Modi visited Washington in March.', '2024-04-06', '2024-03'],
  ['Modi visited Washington in June 2024.', '2024-04-06', '2024-06'],
  // whether a weekday is last week's is told by the verb of the clause it stands in
  ["Thailand's prime minister said Tuesday that his government would suspend a peace deal with Cambodia.", '2025-11-24', '2025-11-18'],
  ['Pakistan and Afghanistan agreed to extend a fragile ceasefire, officials said Thursday.', '2025-11-24', '2025-11-20'],
  // a time inside a later clause of its own dates that clause, not the event; a reporting clause's time does date it
  ['The Houthis released the crew of the Galaxy Leader, a ship they seized in 2023.', '2025-11-20', '2025-11-20'],
  ['Police in Berlin arrested two men suspected of spying for Russia, prosecutors said on Sunday.', '2023-11-20', '2023-11-19'],
  // a weekday chrono reads forward, for a past act, is last week's
  ['Ethiopia and Eritrea traded accusations on Tuesday.', '2025-06-02', '2025-05-27'],
  ['Modi will visit Washington on Tuesday.', '2025-06-02', '2025-06-02'],
  ['A Russian court jailed a journalist for seven years for criticising the war in Ukraine.', '2025-12-10', '2025-12-10'],
  // a time counted from the reference, in a past clause, counts from another event the text does not date
  ['The threat came a day after Washington imposed new sanctions on Iranian oil shipments.', '2025-03-14', '2025-03-14'],
  // a time in a clause about the object is that clause's
  ['Thailand suspended a peace declaration it signed with Cambodia last month.', '2025-11-10', '2025-11-10'],
];
for (const [text, date, expected] of dated) {
  test(`event date: ${text} (${date})`, async () => {
    const coder = await builtinCoder();
    assert.equal(coder.code({ id: 't', text, date }).events[0]?.date, expected);
  });
}

// A state threatens another country's people, as it sanctions them: the dateline places "the
// generals", and the threat does not move them to the threatening state.
test('events: a threat of sanctions on a role the dateline places', async () => {
  const text = "YANGON, Feb 1 (Reuters) - Myanmar's military seized power on Monday and detained State Counsellor Aung San Suu Kyi. A statement posted on Suu Kyi's behalf urged people to reject the coup. U.N. Secretary-General Antonio Guterres strongly condemned the detentions. U.S. President Joe Biden threatened to reimpose sanctions on the generals, and Australia and Britain called for the release of the detained leaders.";
  const events = await eventsOf(text);
  assert.ok(events.includes('USAGOV MMRMIL 1312'), events.join('; '));
});
