/**
 * Page furniture: lines a web page wraps around a story (sign-up prompts, share and follow
 * links, "Read more", cookie notices, the author's bio) that must never become a briefing
 * item. A small closed lexicon of what such lines start with or consist of; anything longer
 * than MAX_FURNITURE_WORDS is taken to be prose.
 */

/** Furniture is short; a long sentence that mentions a newsletter is part of the story. */
const MAX_FURNITURE_WORDS = 20;

/** Calls to action and navigation labels, at the start of the line. */
const FURNITURE_START =
  /^(?:sign up|subscribe|register (?:now|for|to)|follow (?:us|her|him|them|me)|share (?:this|on|via)|read more|read next|most read|most popular|related(?: articles| stories| content|:)|recommended (?:for you|reading|stories)|more from|more on this|advertisement|sponsored content|click here|tap here|download (?:the|our)|listen to this|watch:|get (?:the latest|our|breaking)|we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|all rights reserved|copyright (?:©|\(c\)|\d{4})|©|image (?:source|caption)|photo:|(?:skip|jump) to (?:content|main)|back to top|print this|email this|join the conversation|already a subscriber|log in|sign in)(?!\p{L})/iu;
/** A line this short that names a newsletter or an inbox is a prompt, not a report. */
const MAX_PROMPT_WORDS = 12;
/** Furniture words anywhere in a short line: "Our daily newsletter, free to your inbox". */
const FURNITURE_WORD = /\b(?:newsletters?|inbox|unsubscribe|paywall)\b/i;
/**
 * An author's bio line: a name of one to three capitalised words, then what they cover or
 * are ("Jane Doe covers energy.", "John Smith is a senior reporter for Example News.").
 */
const AUTHOR_BIO =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:covers|writes about|reports on|writes for|is (?:a|an|the|our) (?:[\p{L}-]+\s+){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor))\b/u;

/** True when `line` (one sentence or line of the article) is page furniture, not story. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim().replace(/^[\s"'“‘([]+/, '');
  const words = trimmed.split(/\s+/).length;
  if (words > MAX_FURNITURE_WORDS) return false;
  if (FURNITURE_START.test(trimmed) || AUTHOR_BIO.test(trimmed)) return true;
  return words <= MAX_PROMPT_WORDS && FURNITURE_WORD.test(trimmed);
}
