# Тексты бота на русском. Переменные приходят уже экранированными для Telegram HTML; наши теги остаются как есть.
# Каждое сообщение есть и в en.ftl, и в az.ftl, с теми же переменными (это проверяет tests/i18n/catalogues.test.ts).

## /start и /help

start-what = 📰 Я отвечаю на вопросы по статьям нашего сайта: пришлите вопрос, и я отвечу отрывком, в котором есть ответ.
start-browse = Свежие заголовки — в /latest, статьи по разделам — в /sections.
start-inline = В группе упомяните меня или напишите /ask; в любом чате наберите @{ $bot } и вопрос. Все команды — в /help.

help-title = <b>Что я умею</b>
help-private = Любое сообщение мне в личном чате — это вопрос. Исправьте вопрос, и я отвечу на исправленный.
help-groups = В группах я отвечаю только на команды, на сообщения, где меня упомянули, и на ответы на мои сообщения.
help-inline = В любом чате наберите <code>@{ $bot } ваш вопрос</code> и выберите ответ, чтобы отправить его; без вопроса вы увидите свежие заголовки.

## Меню команд и /help: описание и пример каждой команды

command-ask = задать вопрос (так спрашивают в группе)
command-ask-example = /ask Почему Азербайджан задержал 19 человек?
command-search = то же, что /ask
command-search-example = /search Зангезурский коридор
command-latest = свежие заголовки, по 10 на странице
command-sections = статьи по разделам
command-help = этот список
command-start = что умеет этот бот
command-language = язык, на котором я с вами говорю
command-subscribe = получать новые заголовки: каждый сразу или раз в день дайджестом
command-subscribe-example = /subscribe daily 08:00
command-follow = следить за темой: её новые заголовки приходят при любой подписке
command-follow-example = /follow Зангезурский коридор
command-following = темы, за которыми вы следите, чтобы убрать лишнюю
command-timezone = ваш часовой пояс (город, смещение или ваша геопозиция)
command-timezone-example = /timezone Berlin
command-quiet = часы без уведомлений (заголовки ждут их конца)
command-quiet-example = /quiet 23:00-07:00
command-settings = ваша подписка, час, пояс, тихие часы и темы
command-unsubscribe = отключить заголовки (темы остаются, если не скажете иначе)

## Кнопки

button-latest = 📰 Свежее
button-sections = 📚 Разделы
button-more = Ещё ответы ›
button-back = ‹ Назад
button-whole-section = Весь раздел
button-older = Раньше ›
button-newer = ‹ Позже
button-next-page = Дальше ›
button-previous-page = ‹ Назад
button-all-articles = ‹ Все статьи
button-previous-section = ‹ Предыдущий раздел
button-next-section = Следующий раздел ›
button-back-to-article = ‹ К статье
button-subscribe = 🔔 Подписаться
button-instant = Каждый заголовок
button-daily = Дайджест раз в день
button-off = Выкл.
button-chosen = ✓ { $caption }
button-digest-hour = 🕗 Час дайджеста
button-timezone = 🌍 Часовой пояс
button-quiet = 🌙 Тихие часы
button-follows = 📌 Темы
button-no-quiet = Без тихих часов
button-drop-follow = ✖ { $words }
button-back-to-settings = ‹ Настройки
button-explain = Объяснить
button-explain-numbered = Объяснить { $number }
button-undo-unsubscribe = ↩ Отменить
button-drop-follows-too = Отключить и темы
button-drop-follows-yes = Да, отключить
button-keep-follows = ‹ Оставить

## Ответы

answer-position = <i>Ответ { $index } из { $total }</i>
read-article = Читать статью
open-story = Открыть новость
explained-by = Что пишут наши статьи:
answer-other-language = Со страницы на { $language }:
not-found = В наших статьях я ничего не нашёл о «{ $question }». Попробуйте другие слова, посмотрите свежие заголовки в /latest или статьи в /sections.

related-give = В наших статьях нет ответа: { $thing }.
related-say = Наши статьи не говорят, { $clause }.
related-asked = В наших статьях нет { $asked ->
    [amount] числа
    [date] даты
    [person] имени
    [place] места
   *[cause] причины
  }, о которой вы спросили.
related-question = Наши статьи не отвечают на вопрос «{ $question }».
related-on = Вот что у нас есть о «{ $subject }»:
related-closest = Вот самое близкое, что у нас есть:

## Светская беседа: коротко, дружелюбно и со ссылкой на /help

small-talk-greeting = Здравствуйте! 👋 Спрашивайте о новостях своими словами, например: <i>Почему Азербайджан задержал 19 человек?</i> Что я умею — в /help.
small-talk-thanks = Пожалуйста! 🙂 Спрашивайте о новостях когда угодно. Что я умею — в /help.
small-talk-goodbye = До свидания! 👋 Возвращайтесь с вопросом в любое время. Что я умею — в /help.
small-talk-identity = Я новостной бот: отвечаю на вопросы отрывком из наших статей, в котором есть ответ. Что я умею — в /help.
small-talk-abilities = Задайте вопрос своими словами, и я отвечу отрывком из наших статей, в котором есть ответ. /latest покажет свежие заголовки, /sections — статьи. Все команды — в /help.
small-talk-filler = 🙂 Спрашивайте о новостях когда угодно, например: <i>Почему Иран против Зангезурского коридора?</i> Что я умею — в /help.
small-talk-blank = Сообщение пустое 🙂 Напишите вопрос словами, например: <i>Почему Азербайджан задержал 19 человек?</i> Что я умею — в /help.

## Что бот не может принять, и его собственные сбои

ask-usage = Спрашивайте так: <code>/ask Почему Азербайджан задержал 19 человек?</code>
too-long = Для вопроса это слишком длинно (я читаю до { $limit } { $limit ->
    [one] символа
   *[other] символов
  }). Спросите, пожалуйста, в одном-двух предложениях.
only-text = Я читаю только текст. Пришлите вопрос сообщением или попробуйте /latest и /sections.
unknown-command = Я не знаю такой команды. Что я умею — в /help.
slow-down = Вы спрашиваете быстрее, чем я успеваю отвечать 🙂 Подождите { $seconds } { $seconds ->
    [one] секунду
    [few] секунды
   *[many] секунд
  } и спросите снова.
stale-list = Этот список уже изменился. Спросите снова или отправьте /latest или /sections, чтобы получить свежий.
failure = Извините, у меня что-то пошло не так. Попробуйте ещё раз через минуту.

## /latest и /sections

articles-list = Статьи
latest-title = <b>Свежие заголовки</b> · страница { $page } из { $pages }
no-headlines = Заголовков пока нет. Загляните позже.
articles-title = <b>Статьи</b> · страница { $page } из { $pages }
articles-choose = Выберите статью, чтобы увидеть её разделы.
no-articles = Статей пока нет. Загляните позже.
choose-section = Выберите раздел, чтобы прочитать его.

## /language

language-prompt = Я говорю с вами по-русски. Выберите другой язык:
language-set = ✅ Теперь я буду говорить с вами по-русски.
language-usage = Выберите язык кнопками: /language

## Названия языков, для «Со страницы на …»

language-name-en = английском
language-name-ru = русском
language-name-az = азербайджанском

## Подписки

quoted = «{ $text }»
subscribe-prompt-title = <b>Как вы хотите получать новые заголовки?</b>
subscribe-prompt-instant = • <b>Каждый заголовок</b>: сразу, как только он опубликован.
subscribe-prompt-daily = • <b>Дайджест раз в день</b>: одно сообщение в день в { $time } ({ $zone }) с заголовками с прошлого дайджеста.
subscribe-prompt-off = • <b>Выкл.</b>: ничего, кроме тем, за которыми вы следите (/follow).
subscribe-prompt-hint = <i>Другой час: /subscribe daily 07:30</i>
subscribe-usage = Отправьте /subscribe и выберите или скажите сразу: <code>/subscribe daily 08:00</code>, <code>/subscribe instant</code> или <code>/subscribe off</code>.
mode-set-instant = ✅ Вы будете получать каждый новый заголовок сразу после публикации.
mode-set-daily = ✅ Вы будете получать дайджест каждый день в { $time } ({ $zone }).
mode-set-off = ✅ Подписка выключена: заголовков не будет, кроме тем, за которыми вы следите.
unsubscribed = Вы отписались: заголовков больше не будет. /subscribe вернёт их в любой момент.
unsubscribed-was-off = Заголовки уже были выключены.
unsubscribed-follows-stay = Темы, за которыми вы следите, остаются, и их заголовки по-прежнему приходят: { $follows }.
confirm-drop-follows = Перестать следить и за { $follows }? Их заголовки больше не будут приходить; снова следить можно в любой момент через /follow.
follows-dropped-too = Вы отписались и больше не следите за { $follows }. /subscribe и /follow вернут их в любой момент.
undone = ↩ Отменено. { $modeSet }
welcome-back = 👋 С возвращением! Ваша подписка и темы снова включены. /settings покажет их.
admins-only = Подписку группы могут менять только её администраторы.
channel-admins-only = Подписку канала могут менять только его администраторы.

time-usage = Напишите время так: <code>08:00</code>, <code>19:30</code>, <code>19</code> или <code>7pm</code>: <code>/subscribe daily 19:00</code>.
hour-prompt = Выберите час ежедневного дайджеста ({ $zone }) или отправьте <code>/subscribe daily 07:30</code>, чтобы выбрать другое время.

timezone-prompt = Ваш часовой пояс — <b>{ $zone }</b>. Выберите другой ниже, пришлите город или смещение от UTC (<code>/timezone Berlin</code>, <code>/timezone UTC+4</code>) или поделитесь геопозицией.
timezone-set = ✅ Часовой пояс: <b>{ $zone }</b> (там сейчас { $time }).
timezone-unknown = Я не знаю часового пояса «{ $text }». Пришлите город (<code>/timezone Berlin</code>, <code>/timezone new york</code>), смещение от UTC (<code>/timezone UTC+4</code>) или геопозицию; или отправьте /timezone и выберите.
timezone-no-location = Я не могу определить часовой пояс этого места. Пришлите лучше город, например <code>/timezone Berlin</code>.

quiet-prompt-window = Тихие часы: <b>{ $window }</b> ({ $zone }). Заголовки, пришедшие в это время, ждут их окончания.
quiet-prompt-none = Тихих часов нет: заголовки приходят сразу после публикации.
quiet-prompt-hint = Выберите ниже или отправьте <code>/quiet 23:00-07:00</code> или <code>/quiet off</code>.
quiet-set = ✅ Тихие часы { $window } ({ $zone }): заголовки, пришедшие в это время, ждут их окончания.
quiet-off = ✅ Тихих часов нет: заголовки приходят сразу после публикации.
quiet-same = Начало и конец совпадают ({ $time }): для тихих часов нужны два разных времени, например <code>/quiet 23:00-07:00</code>.
quiet-one-time = Это одно время; для тихих часов нужны начало и конец, например <code>/quiet { $time }-07:00</code>.
quiet-bad-time = Я не могу прочитать «{ $text }» как время суток: напишите, например, <code>23:00</code>, <code>7</code> или <code>11pm</code> (часы от 0 до 23, минуты от 0 до 59), как в <code>/quiet 23:00-07:00</code>.

follow-usage = Скажите, за чем следить, например <code>/follow Зангезурский коридор</code>: новые заголовки и разделы об этом будут приходить по мере появления.
follow-added = 📌 Вы следите за «{ $words }». Новые заголовки и разделы об этом будут приходить по мере появления, при любой подписке. /following покажет ваши темы.
follow-stopwords = { $count ->
    [one] Слово { $words } слишком частое, чтобы за ним следить: оно есть почти в каждом заголовке.
   *[other] Слова { $words } слишком частые, чтобы за ними следить: они есть почти в каждом заголовке.
  } Добавьте слово, которое называет тему, например <code>/follow Зангезурский коридор</code>.
follow-common = { $count ->
    [one] Слово { $words } есть в большинстве моих статей, поэтому, следя за ним,
   *[other] Слова { $words } есть в большинстве моих статей, поэтому, следя за ними,
  } вы получали бы почти всё. Добавьте слово, которое называет тему, или оформите /subscribe, чтобы получать каждый заголовок.
follow-too-long = Это слишком длинно для темы: лучше всего несколько слов (до { $max } { $max ->
    [one] символа
   *[other] символов
  }).
follow-limit = Вы уже следите за { $max } { $max ->
    [one] темой
   *[other] темами
  } — это больше всего, что я храню. Сначала уберите одну в /following.
following-title = <b>Темы, за которыми вы следите</b>
following-hint = Нажмите на тему, чтобы перестать за ней следить.
following-none = Вы пока ни за чем не следите. Попробуйте <code>/follow Зангезурский коридор</code>.
follow-dropped = Вы больше не следите за «{ $words }».

settings-title = { $chatType ->
    [channel] <b>Настройки канала</b>
    [private] <b>Ваши настройки</b>
   *[group] <b>Настройки группы</b>
  }
settings-mode = Заголовки: { $mode ->
    [instant] каждый новый заголовок
    [daily] дайджест каждый день в { $time }
   *[off] выкл.
  }
settings-zone = Часовой пояс: { $zone }
settings-quiet = Тихие часы: { $window }
settings-none = нет
settings-follows = Темы: { $follows }

stats-in-private = 📊 /stats я отправляю только в личном чате, а написать вам пока не могу: откройте чат с @{ $bot }, нажмите «Старт» и спросите там.

explain-none = У меня пока нет статьи, которая объясняет «{ $title }». Спросите своими словами или попробуйте /latest.
explain-gone = Этого заголовка у меня больше нет.
explain-none-alert = У меня пока нет статьи, которая объясняет «{ $title }».

## Уведомления и дайджесты (простой текст: экранируют его составители сообщений)

burst-title = { $count ->
    [one] { $count } новый заголовок
    [few] { $count } новых заголовка
   *[many] { $count } новых заголовков
  }
more-new = { $count ->
    [one] Ещё { $count } новый заголовок: см. /latest
    [few] Ещё { $count } новых заголовка: см. /latest
   *[many] Ещё { $count } новых заголовков: см. /latest
  }
read-link = Читать на сайте
new-section = Новый раздел: { $heading }
follow-note = Вы следите за «{ $query }»
digest-title = Ваш дайджест за { $date }
digest-count = { $count ->
    [one] { $count } новый заголовок
    [few] { $count } новых заголовка
   *[many] { $count } новых заголовков
  }
digest-part = часть { $part } из { $total }
other-list = Другие новости

## Сохранённые вопросы: 👍 / 👎 под ответами, /privacy, /console

command-privacy = что я храню из ваших вопросов и как долго
feedback-up = 👍
feedback-down = 👎
feedback-reason-wrong-article = Не та статья
feedback-reason-missing = Нет ответа
feedback-reason-outdated = Устарело
feedback-thanks = Спасибо, что сообщили!
feedback-ask-reason = Спасибо! Если хотите, отметьте, что было не так.
feedback-gone = Этот вопрос уже не хранится, поэтому оценить его нельзя.
privacy-title = <b>Что я храню из ваших вопросов</b>
privacy-questions = Каждый вопрос, который вы мне задаёте (кроме inline-запросов), и мой ответ: отрывок, его оценку, ваш 👍 / 👎 и его причину.
privacy-identity = Вместе с ним — ваш язык и ваш чат в виде ключевого хеша, по которому нельзя восстановить ни чат, ни имя. Ваше имя и имя пользователя не хранятся никогда.
privacy-retention = Редакторы читают их, чтобы видеть, о чём спрашивают читатели и чего не хватает в наших статьях. Через { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
  } вопрос и оценки к нему удаляются.
privacy-subscriptions = Подписки и отслеживаемые темы хранятся, пока вы не отпишетесь (/unsubscribe) или не удалите их.
console-link = 🔐 Ваша ссылка на редакторскую консоль, действует { $minutes } { $minutes ->
    [one] минуту
    [few] минуты
   *[many] минут
  } и открывается один раз:
    { $url }
console-admins-only = Извините, редакторская консоль только для редакторов сайта.
console-off = Редакторская консоль выключена: задайте CONSOLE_PORT, чтобы включить её.
console-private-only = Ссылку на консоль я отправляю только в личном чате: спросите меня там.
