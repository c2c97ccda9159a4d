/**
 * Capitalised words that never start or continue a person's name: sentence openers, pronouns,
 * calendar words, abbreviated forms of address ("HH", "HRH") and the heads of organisation or place
 * names. Lower-case.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its he she they we i you his her their our my your him them
   in on at by for from with without of to into onto over under after before during since until while when
   whenever where why how what who whom whose which if as but and or nor so yet also both either neither
   earlier later meanwhile however still then now today tonight yesterday tomorrow yes no not never
   afterwards afterward subsequently separately additionally furthermore moreover nevertheless nonetheless
   instead likewise similarly elsewhere overall finally initially previously recently shortly already again
   according speaking asked asking despite although though because amid among between against within
   monday tuesday wednesday thursday friday saturday sunday
   january february march april june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec
   mon tue tues wed thu thur thurs fri sat sun
   am pm gmt utc est edt aedt cet bst ist et pt ct mt pst pdt cst cdt mst mdt cest eet eest msk jst kst hkt sgt wib pkt sast eat wat aest
   first second third fourth fifth
   god allah inc ltd corp co plc llc
   hh hrh hm
   ministry office house party council committee commission forum summit assembly bank fund union
   organization organisation group company agency association times news post daily journal review
   tv radio fm channel network press media service services directorate presidency department court
   university institute foundation agreement declaration initiative treaty accord act law policy plan
   war conference dialogue talks mechanism sea ocean river mountain mount peak island islands strait
   gulf peninsula airport station hotel center centre hall stadium cup league games club team army
   forces force navy guard police line road street square palace villa rock day week month year
   republic kingdom federation state states city province region capital government parliament senate
   congress cabinet airlines railway railways trust alliance coalition movement front bloc community
   east west north south northern southern eastern western central middle
   will would could should may might must can shall did does do is are was were be been being have has had
   ministers presidents leaders officials premiers chancellors secretaries ambassadors envoys kings princes
   governors senators generals spokesmen diplomats delegates lawmakers
   international area bay valley lake marg marga bhavan bhawan istana wisma perdana jalan masjid plaza museum
   diwan palacio hurricane typhoon cyclone storm tropical
   industry commerce finance defence defense health education agriculture energy interior tourism transport
   labour environment affairs planning economy communications fisheries investment cooperation relations
   integration technology infrastructure resources development rural natural mines mineral minerals mining
   petroleum oil gas water works housing culture youth sports forestry climate heritage industries
   representatives councillors councilors deputies lords commons expatriates abroad diaspora
   african european asian arab arabian caribbean nordic baltic balkan maghreb sahel mediterranean atlantic`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case particles that may stand inside a name ("Lula da Silva", "Ursula von der Leyen", "Ngugi wa Thiong'o"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'ben', 'da', 'das', 'de', 'del', 'della', 'der', 'den', 'di',
  'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'y', 'zu', 'ul', 'e', 'wa',
]);

/** Family names written first in East Asian names ("Xi Jinping", "Moon Jae-in"), lower-case. */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(
  `xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng
   xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei
   ye yan pan du dai xia zhong tian ren qin hua mao
   kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song moon hong
   nguyen tran le pham hoang vu vo dang bui do ho ngo duong ly hun`
    .split(/\s+/)
    .filter(Boolean),
);

