// A general code made exact by who acts on whom: the same verb names different acts for different parties.
import type { ActorMention } from '../../domain/actors.js';
import { SEIZING_VERBS } from './_words.js';

/** General codes of force that say nothing of the means (not air strikes, shelling or bombings). */
const PLAIN_FORCE = new Set(['180', '182', '1823', '190', '193']);
const POLICE = /^[A-Z]{3}COP/;
const SOLDIERS = /^[A-Z]{3}MIL/;
const POPULACE = new Set(['CVL', 'OPP', 'LAB', 'EDU']);

/**
 * "M23 rebels captured Goma": a place seized is territory taken (192), not a person arrested or
 * property seized. "Hezbollah captured two Israeli soldiers": people captured or seized by rebels or
 * criminals are abducted (181), not arrested ("the Houthis detained UN staff" is still a detention).
 * "Riot police broke up the camp, injuring dozens of demonstrators", "troops fired on protesters":
 * a state's police or soldiers using plain force on their own country's civilians, opposition or
 * workers repress them (175, CAMEO's violent repression), which is how coders read such acts. For
 * soldiers, only firing and beating: "launched an offensive against" them is still fighting, and
 * "army aircraft bombed a market, killing 20 civilians" an attack whose means the killing leaves out.
 * A crowd (civilians, opposition, workers, students) that blocks a road or an airport obstructs
 * passage (144), where an army blockades (191).
 */
export function codeForParties(code: string, source: ActorMention, target: ActorMention, verb: string): string {
  if ((code === '173' || code === '1711') && /^actors\/(place|capital)/.test(target.rule)) return '192';
  // "prosecutors and police raided the presidency": a raid by police, prosecutors or agents is
  // coercion (17), as coders code it, not fighting.
  if (code === '190' && verb === 'raid' && /^[A-Z]{3}(COP|JUD|SPY)/.test(source.code)) return '170';
  // "ASEAN formally admitted Myanmar and Laos": a body admitting a state takes it in (057), it owns up to nothing.
  if (code === '015' && verb === 'admit' && /^IGO/.test(source.code) && /^[A-Z]{3}(GOV)?$/.test(target.code)) return '057';
  // "were pushed back by government troops": armed men pushed back are repelled (190), not expelled.
  if (code === '174' && verb === 'push' && /^[A-Z]{3}(REB|INS|MIL)/.test(target.code)) return '190';
  // ("12 Britons, two Americans and two Australians were seized by gunmen": people named by their
  // nationality, seized, are taken, not property.)
  const people = code === '1711' && /demonym/.test(target.rule);
  if ((code === '173' || people) && SEIZING_VERBS.has(verb) && /^[A-Z]{3}(REB|INS|CRM)/.test(source.code)) return '181';
  if (people) return '173';
  if (PLAIN_FORCE.has(code) && (POLICE.test(source.code) || (SOLDIERS.test(source.code) && code !== '190')) && target.code.slice(0, 3) === source.code.slice(0, 3) && POPULACE.has(target.code.slice(3, 6))) return '175';
  // "Thousands of protesters blocked access to the airport": a crowd obstructs (144); it lays no siege.
  if (code === '191' && POPULACE.has(source.code.slice(3, 6))) return '144';
  return code;
}
