# The bot's texts in English. Variables arrive already escaped for Telegram HTML; our own tags stay as written.
# Every message here exists in ru.ftl and az.ftl with the same variables (tests/i18n/catalogues.test.ts checks).

## /start and /help

start-what = 📰 I answer questions from our news articles: send me a question and I reply with the passage that answers it.
start-browse = Browse the newest headlines with /latest, or the articles section by section with /sections.
start-inline = In a group, mention me or use /ask; in any chat, type @{ $bot } and a question. /help lists everything.

help-title = <b>What I can do</b>
help-private = Any message you send me in private is a question. Edit a question and I answer the edited version.
help-groups = In groups I answer only commands, messages that mention me and replies to my messages.
help-inline = In any chat, type <code>@{ $bot } your question</code> to pick an answer to send; with no question you get the latest headlines.

## The command menu and /help: a description and an example of each command

command-ask = ask a question (the way to ask in a group)
command-ask-example = /ask Why did Azerbaijan detain 19 people?
command-search = the same as /ask
command-search-example = /search Zangezur corridor
command-latest = the newest headlines, 10 a page
command-sections = browse the articles section by section
command-help = this list
command-start = what this bot does
command-language = the language I speak to you in
command-subscribe = get new headlines: each as it comes, or a daily digest
command-subscribe-example = /subscribe daily 08:00
command-follow = follow a story: its new headlines come whatever your subscription
command-follow-example = /follow Zangezur corridor
command-following = the stories you follow, to drop one
command-timezone = your time zone (a city, an offset, or share your location)
command-timezone-example = /timezone Berlin
command-quiet = hours without pushes (they wait until the end)
command-quiet-example = /quiet 23:00-07:00
command-settings = your subscription, hour, zone, quiet hours and follows
command-unsubscribe = stop the headlines (your follows stay unless you say)

## Buttons

button-latest = 📰 Latest
button-sections = 📚 Sections
button-more = More answers ›
button-back = ‹ Back
button-whole-section = Whole section
button-older = Older ›
button-newer = ‹ Newer
button-next-page = Next ›
button-previous-page = ‹ Previous
button-all-articles = ‹ All articles
button-previous-section = ‹ Previous section
button-next-section = Next section ›
button-back-to-article = ‹ Back to the article
button-subscribe = 🔔 Subscribe
button-instant = Every new headline
button-daily = Daily digest
button-off = Off
button-chosen = ✓ { $caption }
button-digest-hour = 🕗 Digest hour
button-timezone = 🌍 Time zone
button-quiet = 🌙 Quiet hours
button-follows = 📌 Follows
button-no-quiet = No quiet hours
button-drop-follow = ✖ { $words }
button-back-to-settings = ‹ Settings
button-explain = Explain
button-explain-numbered = Explain { $number }
button-undo-unsubscribe = ↩ Undo
button-drop-follows-too = Stop my follows too
button-drop-follows-yes = Yes, stop them
button-keep-follows = ‹ Keep them

## Answers

answer-position = <i>Answer { $index } of { $total }</i>
read-article = Read the article
open-story = Open the story
explained-by = What our articles say:
answer-other-language = From a page in { $language }:
not-found = I found nothing about “{ $question }” in our articles. Try other words, see the newest headlines with /latest, or browse the articles with /sections.

related-give = Our articles don’t give { $thing }.
related-say = Our articles don’t say { $clause }.
related-asked = Our articles don’t give the { $asked ->
    [amount] figure
    [date] date
    [person] name
    [place] place
   *[cause] reason
  } you asked for.
related-question = Our articles don’t answer “{ $question }”.
related-on = This is what we have on { $subject }:
related-closest = This is the closest we have:

## Small talk: short, friendly, and each pointing to /help

small-talk-greeting = Hello! 👋 Ask me about the news in your own words, like <i>Why did Azerbaijan detain 19 people?</i> /help lists what I can do.
small-talk-thanks = You're welcome! 🙂 Ask me anything else about the news whenever you like. /help lists what I can do.
small-talk-goodbye = Goodbye! 👋 Come back with a question any time. /help lists what I can do.
small-talk-identity = I'm a news bot: I answer questions from our articles with the passage that answers them. /help lists what I can do.
small-talk-abilities = Ask me a question in your own words and I reply with the passage of our articles that answers it. /latest shows the newest headlines, /sections the articles. /help lists everything.
small-talk-filler = 🙂 Ask me about the news whenever you like, like <i>Why does Iran oppose the Zangezur corridor?</i> /help lists what I can do.
small-talk-blank = Your message was empty 🙂 Send me a question in words, like <i>Why did Azerbaijan detain 19 people?</i> /help lists what I can do.

## Input the bot cannot take, and its own trouble

ask-usage = Ask like this: <code>/ask Why did Azerbaijan detain 19 people?</code>
too-long = That is too long for a question (I read up to { $limit } characters). Please ask in a sentence or two.
only-text = I read text only. Send me your question as a message, or try /latest and /sections.
unknown-command = I don't know that command. /help lists what I can do.
slow-down = You're asking faster than I can answer 🙂 Please wait { $seconds } seconds, then ask again.
stale-list = This list has changed since. Ask again, or send /latest or /sections for a fresh one.
failure = Sorry, something went wrong on my side. Please try again in a moment.

## /latest and /sections

articles-list = Articles
latest-title = <b>Latest headlines</b> · page { $page } of { $pages }
no-headlines = There are no headlines yet. Try again later.
articles-title = <b>Articles</b> · page { $page } of { $pages }
articles-choose = Choose an article to see its sections.
no-articles = There are no articles yet. Try again later.
choose-section = Choose a section to read it.

## /language

language-prompt = I speak English to you. Choose another language:
language-set = ✅ I'll speak English to you from now on.
language-usage = Choose a language with the buttons: /language

## The names of languages, for "From a page in …"

language-name-en = English
language-name-ru = Russian
language-name-az = Azerbaijani

## Subscriptions

quoted = “{ $text }”
subscribe-prompt-title = <b>How would you like to get new headlines?</b>
subscribe-prompt-instant = • <b>Every new headline</b>: each one as it is published.
subscribe-prompt-daily = • <b>Daily digest</b>: one message a day at { $time } ({ $zone }), with the headlines since the last one.
subscribe-prompt-off = • <b>Off</b>: none, except the stories you /follow.
subscribe-prompt-hint = <i>For another hour: /subscribe daily 07:30</i>
subscribe-usage = Send /subscribe and choose, or say it at once: <code>/subscribe daily 08:00</code>, <code>/subscribe instant</code> or <code>/subscribe off</code>.
mode-set-instant = ✅ You'll get every new headline as it is published.
mode-set-daily = ✅ You'll get a daily digest at { $time } ({ $zone }).
mode-set-off = ✅ Subscription off: no headlines, except the stories you follow.
unsubscribed = You're unsubscribed: no more headlines. /subscribe brings them back any time.
unsubscribed-was-off = Headlines were off already.
unsubscribed-follows-stay = The stories you follow stay, and their headlines still come: { $follows }.
confirm-drop-follows = Stop following { $follows } too? Their headlines will stop coming; you can /follow them again any time.
follows-dropped-too = You're unsubscribed, and you no longer follow { $follows }. /subscribe and /follow bring them back any time.
undone = ↩ Undone. { $modeSet }
welcome-back = 👋 Welcome back! Your subscription and follows are on again. /settings shows them.
admins-only = Only the group's admins can change its subscription.
channel-admins-only = Only the channel's admins can change its subscription.

time-usage = Write the time like <code>08:00</code>, <code>19:30</code>, <code>19</code> or <code>7pm</code>: <code>/subscribe daily 7pm</code>.
hour-prompt = Choose the hour of your daily digest ({ $zone }), or send <code>/subscribe daily 07:30</code> for another time.

timezone-prompt = Your time zone is <b>{ $zone }</b>. Choose another below, send a city or an offset from UTC (<code>/timezone Berlin</code>, <code>/timezone UTC+4</code>), or share your location.
timezone-set = ✅ Time zone set to <b>{ $zone }</b> (it's { $time } there now).
timezone-unknown = I don't know the time zone “{ $text }”. Send a city (<code>/timezone Berlin</code>, <code>/timezone new york</code>), an offset from UTC (<code>/timezone UTC+4</code>), or share your location; or send /timezone and choose.
timezone-no-location = I can't tell the time zone of that location. Send a city instead, like <code>/timezone Berlin</code>.

quiet-prompt-window = Quiet hours: <b>{ $window }</b> ({ $zone }). Headlines that come then wait until they end.
quiet-prompt-none = No quiet hours: headlines come whenever they are published.
quiet-prompt-hint = Choose below, or send <code>/quiet 23:00-07:00</code> or <code>/quiet off</code>.
quiet-set = ✅ Quiet hours { $window } ({ $zone }): headlines that come then wait until they end.
quiet-off = ✅ No quiet hours: headlines come whenever they are published.
quiet-same = The start and end are the same ({ $time }): quiet hours need two different times, like <code>/quiet 23:00-07:00</code>.
quiet-one-time = That is one time; quiet hours need a start and an end, like <code>/quiet { $time }-07:00</code>.
quiet-bad-time = I can't read “{ $text }” as a time of day: write it like <code>23:00</code>, <code>7</code> or <code>11pm</code> (hours 0 to 23, minutes 0 to 59), as in <code>/quiet 23:00-07:00</code>.

follow-usage = Tell me what to follow, like <code>/follow Zangezur corridor</code>: new headlines and sections about it come as they arrive.
follow-added = 📌 Following “{ $words }”. New headlines and sections about it will come as they arrive, whatever your subscription. /following lists your follows.
follow-stopwords = { $count ->
    [one] { $words } is a word too common to follow: nearly every headline has it.
   *[other] { $words } are words too common to follow: nearly every headline has them.
  } Add a word that names the story, like <code>/follow Zangezur corridor</code>.
follow-common = { $count ->
    [one] { $words } is in most of the articles I have, so following it
   *[other] { $words } are in most of the articles I have, so following them
  } would send you nearly everything. Add a word that names the story, or /subscribe to get every headline.
follow-too-long = That is too long to follow: a few words (up to { $max } characters) work best.
follow-limit = You follow { $max } stories already, the most I keep. Drop one in /following first.
following-title = <b>Stories you follow</b>
following-hint = Press one to stop following it.
following-none = You follow no story yet. Try <code>/follow Zangezur corridor</code>.
follow-dropped = Stopped following “{ $words }”.

settings-title = { $chatType ->
    [channel] <b>This channel's settings</b>
    [private] <b>Your settings</b>
   *[group] <b>This group's settings</b>
  }
settings-mode = Headlines: { $mode ->
    [instant] every new headline
    [daily] a daily digest at { $time }
   *[off] off
  }
settings-zone = Time zone: { $zone }
settings-quiet = Quiet hours: { $window }
settings-none = none
settings-follows = Follows: { $follows }

stats-in-private = 📊 I send /stats in private only, and I can't write to you yet: open a chat with @{ $bot }, press Start, and ask there.

explain-none = I have no article that explains “{ $title }” yet. Ask me in your own words, or try /latest.
explain-gone = I no longer have that headline.
explain-none-alert = I have no article that explains “{ $title }” yet.

## Pushes and digests (plain text: the composers escape it)

burst-title = { $count ->
    [one] 1 new headline
   *[other] { $count } new headlines
  }
more-new = { $count ->
    [one] 1 more new headline: see /latest
   *[other] { $count } more new headlines: see /latest
  }
read-link = Read on the site
new-section = New section: { $heading }
follow-note = You follow “{ $query }”
digest-title = Your digest for { $date }
digest-count = { $count ->
    [one] 1 new headline
   *[other] { $count } new headlines
  }
digest-part = part { $part } of { $total }
other-list = More news

## Kept questions: 👍 / 👎 under answers, /privacy, /console

command-privacy = what I keep of your questions, and for how long
feedback-up = 👍
feedback-down = 👎
feedback-reason-wrong-article = Wrong article
feedback-reason-missing = Answer missing
feedback-reason-outdated = Outdated
feedback-thanks = Thanks for telling us!
feedback-ask-reason = Thanks! If you like, tap what was wrong.
feedback-gone = This question is no longer kept, so it can't be rated.
privacy-title = <b>What I keep of your questions</b>
privacy-questions = Each question you ask me (not inline queries) with what I replied: the passage, its score, and your 👍 / 👎 and its reason.
privacy-identity = With it your language, and your chat as a keyed hash that cannot be turned back into your chat or name. Your name and user name are never kept.
privacy-retention = Editors read them to see what readers ask and what our articles lack. After { $days } days a question and its votes are deleted.
privacy-subscriptions = Subscriptions and follows are kept until you /unsubscribe or drop them.
console-link = 🔐 Your link to the editors' console, valid for { $minutes } minutes and for one opening:
    { $url }
console-admins-only = Sorry, the editors' console is for the site's editors only.
console-off = The editors' console is off: set CONSOLE_PORT to turn it on.
console-private-only = I send the console's link in a private chat only: ask me there.
