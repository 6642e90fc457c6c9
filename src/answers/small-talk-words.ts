/**
 * The phrases of small talk in one language, lower case, words separated by single spaces. Each language is
 * one object of this shape passed to createSmallTalk.
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
    "see you tomorrow", "see you soon", "talk to you later", "talk later", "until next time",
  ],
  identity: [
    "who are you", "what are you", "who is this", "are you a bot", "are you human", "are you a robot",
    "what is your name", "what's your name", "whats your name", "your name", "who made you", "who built you",
  ],
  abilities: [
    "what can you do", "what do you do", "what can i ask", "what can i ask you", "how does this work",
    "how do you work", "how do i use you", "how to use", "help", "help me", "what are you for", "what is this bot",
    "can you help", "can you help me", "could you help me", "can you help me with something", "i need help",
    "i have a question", "can i ask you something", "can i ask a question",
  ],
  fillers: [
    "ok", "okay", "k", "kk", "okey", "oki", "cool", "nice", "great", "good", "fine", "awesome", "perfect", "wow",
    "lol", "haha", "hahaha", "hehe", "hmm", "hm", "mm", "uh", "um", "ah", "oh", "yes", "yeah", "yep", "yup",
    "no", "nope", "nah", "sure", "right", "alright", "got it", "i see", "sounds good", "test", "testing",
    // Praise for a reply, which asks nothing more: "thank you so much, very helpful".
    "helpful", "very helpful", "that was helpful", "that's helpful", "that helped", "that helps", "that helped a lot",
    "useful", "very useful", "interesting", "excellent", "amazing", "brilliant", "very good", "very nice", "good job",
    "well done", "nice one", "makes sense", "that makes sense", "understood", "noted",
  ],
  companions: ["there", "bot", "all", "everyone", "everybody", "guys", "folks", "friend", "buddy", "mate", "again", "please", "very much", "so much", "a lot"],
});

export const RUSSIAN_SMALL_TALK: SmallTalkWords = Object.freeze({
  greetings: [
    "привет", "приветик", "здравствуйте", "здравствуй", "здрасте", "салют", "хай", "добрый день", "доброе утро",
    "добрый вечер", "доброй ночи", "как дела", "как ты", "как вы", "как поживаете",
  ],
  thanks: ["спасибо", "спс", "благодарю", "спасибо большое", "большое спасибо", "огромное спасибо", "мерси"],
  goodbyes: ["пока", "до свидания", "до встречи", "до скорого", "всего доброго", "всего хорошего", "спокойной ночи", "прощай"],
  identity: ["кто ты", "кто вы", "ты кто", "вы кто", "ты бот", "вы бот", "как тебя зовут", "как вас зовут", "что ты такое"],
  abilities: [
    "что ты умеешь", "что вы умеете", "что ты можешь", "что вы можете", "как тобой пользоваться", "как это работает",
    "помощь", "помоги", "помогите", "что можно спросить",
  ],
  fillers: [
    "ок", "окей", "ладно", "хорошо", "понятно", "ясно", "класс", "круто", "отлично", "супер", "да", "нет", "ага",
    "угу", "ну", "хм", "ммм", "ха", "хаха", "ахах", "лол", "норм", "тест", "полезно", "очень полезно", "помогло",
    "интересно", "понял", "поняла",
  ],
  companions: ["бот", "всем", "ещё", "еще", "пожалуйста", "друг", "тебе", "вам", "вновь", "снова"],
});

export const AZERBAIJANI_SMALL_TALK: SmallTalkWords = Object.freeze({
  greetings: [
    "salam", "salamlar", "salam aleykum", "salam əleyküm", "sabahınız xeyir", "sabahın xeyir", "günortanız xeyir",
    "axşamınız xeyir", "axşamın xeyir", "necəsən", "necəsiniz", "nə var nə yox", "xoş gördük",
  ],
  thanks: ["sağ ol", "sağ olun", "sağol", "təşəkkür", "təşəkkürlər", "təşəkkür edirəm", "çox sağ ol", "çox sağ olun", "minnətdaram"],
  goodbyes: ["hələlik", "sağollaşırıq", "görüşərik", "gecəniz xeyrə", "gecən xeyrə", "xudahafiz", "salamat qal", "salamat qalın"],
  identity: ["sən kimsən", "siz kimsiniz", "sən botsan", "adın nədir", "adınız nədir", "sən nəsən"],
  abilities: ["nə edə bilirsən", "nə edə bilirsiniz", "nə bacarırsan", "necə işləyir", "kömək", "kömək et", "nə soruşa bilərəm"],
  fillers: ["ok", "oldu", "yaxşı", "əla", "super", "hə", "bəli", "yox", "xeyr", "aha", "hmm", "haha", "test", "aydındır", "başa düşdüm", "faydalı", "çox faydalı",
    "maraqlıdır"],
  companions: ["bot", "hamıya", "yenə", "zəhmət olmasa", "dostum", "çox"],
});

/** Small talk in every language the bot speaks. */
export const SMALL_TALK_WORDS: readonly SmallTalkWords[] = Object.freeze([ENGLISH_SMALL_TALK, RUSSIAN_SMALL_TALK, AZERBAIJANI_SMALL_TALK]);
