/**
 * The phrases of small talk in one language, lower case, words separated by single spaces. Another
 * language (Russian, Azerbaijani) is one more object of this shape passed to createSmallTalk.
 */
export interface SmallTalkWords {
  greetings: readonly string[];
  thanks: readonly string[];
  goodbyes: readonly string[];
  /** "Who are you": what the bot is. */
  identity: readonly string[];
  /** "What can you do": what the bot does. */
  abilities: readonly string[];
  /** Words that say nothing alone ("ok", "cool", "lol"); small talk only when the whole message is made of them. */
  fillers: readonly string[];
  /** Words that go with small talk ("hi there", "thanks bot", "bye all") and are dropped with it. */
  companions: readonly string[];
}

export const ENGLISH_SMALL_TALK: SmallTalkWords = Object.freeze({
  greetings: [
    "hi", "hello", "hey", "heya", "hiya", "howdy", "greetings", "yo", "sup", "hallo", "helo", "hii", "hola",
    "good morning", "good afternoon", "good evening", "good day", "morning",
    "how are you", "how are you doing", "how is it going", "how's it going", "what's up", "whats up", "nice to meet you",
  ],
  thanks: [
    "thanks", "thank you", "thx", "thnx", "ty", "tnx", "cheers", "thank u", "thanx", "many thanks",
    "thanks a lot", "thanks so much", "thank you so much", "thank you very much", "much appreciated", "appreciate it",
  ],
  goodbyes: [
    "bye", "goodbye", "good bye", "bye bye", "byebye", "see you", "see ya", "see you later", "cya",
    "good night", "goodnight", "take care", "farewell", "have a nice day", "have a good day",
  ],
  identity: [
    "who are you", "what are you", "who is this", "are you a bot", "are you human", "are you a robot",
    "what is your name", "what's your name", "whats your name", "your name", "who made you", "who built you",
  ],
  abilities: [
    "what can you do", "what do you do", "what can i ask", "what can i ask you", "how does this work",
    "how do you work", "how do i use you", "how to use", "help", "help me", "what are you for", "what is this bot",
  ],
  fillers: [
    "ok", "okay", "k", "kk", "okey", "oki", "cool", "nice", "great", "good", "fine", "awesome", "perfect", "wow",
    "lol", "haha", "hahaha", "hehe", "hmm", "hm", "mm", "uh", "um", "ah", "oh", "yes", "yeah", "yep", "yup",
    "no", "nope", "nah", "sure", "right", "alright", "got it", "i see", "sounds good", "test", "testing",
  ],
  companions: ["there", "bot", "all", "everyone", "everybody", "guys", "folks", "friend", "buddy", "mate", "again", "please", "very much", "so much", "a lot"],
});
