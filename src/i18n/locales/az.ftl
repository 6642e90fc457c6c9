# Botun mətnləri Azərbaycan dilində (latın qrafikası). Dəyişənlər Telegram HTML üçün artıq ekranlaşdırılmış gəlir; öz teqlərimiz olduğu kimi qalır.
# Hər mesaj en.ftl və ru.ftl-də də eyni dəyişənlərlə var (tests/i18n/catalogues.test.ts yoxlayır).
# Azərbaycan dilində saydan sonra isim cəmlənmir: "1 xəbər", "5 xəbər".

## /start və /help

start-what = 📰 Saytımızın məqalələri əsasında suallara cavab verirəm: sualınızı göndərin, cavabı olan parçanı sizə göndərim.
start-browse = Ən son başlıqlar /latest-də, məqalələr bölmə-bölmə /sections-dadır.
start-inline = Qrupda məni qeyd edin və ya /ask yazın; istənilən çatda @{ $bot } və sualınızı yazın. Bütün əmrlər /help-dadır.

help-title = <b>Nə edə bilirəm</b>
help-private = Şəxsi çatda mənə yazdığınız hər mesaj sualdır. Sualı düzəltsəniz, düzəldilmiş sualı cavablandıraram.
help-groups = Qruplarda yalnız əmrlərə, məni qeyd edən mesajlara və mənim mesajlarıma verilən cavablara cavab verirəm.
help-inline = İstənilən çatda <code>@{ $bot } sualınız</code> yazın və göndərmək üçün cavab seçin; sualsız ən son başlıqları görəcəksiniz.

## Əmrlər menyusu və /help: hər əmrin təsviri və nümunəsi

command-ask = sual vermək (qrupda belə soruşulur)
command-ask-example = /ask Azərbaycan niyə 19 nəfəri saxlayıb?
command-search = /ask ilə eynidir
command-search-example = /search Zəngəzur dəhlizi
command-latest = ən son başlıqlar, səhifədə 10
command-sections = məqalələrə bölmə-bölmə baxmaq
command-help = bu siyahı
command-start = bu bot nə edir
command-language = sizinlə danışdığım dil
command-subscribe = yeni başlıqları almaq: hər birini dərhal və ya gündəlik icmal kimi
command-subscribe-example = /subscribe daily 08:00
command-follow = mövzunu izləmək: abunəliyinizdən asılı olmayaraq yeni başlıqları gəlir
command-follow-example = /follow Zəngəzur dəhlizi
command-following = izlədiyiniz mövzular, birini silmək üçün
command-timezone = saat qurşağınız (şəhər, UTC-dən fərq və ya yerinizi paylaşın)
command-timezone-example = /timezone Berlin
command-quiet = bildirişsiz saatlar (başlıqlar onların sonunu gözləyir)
command-quiet-example = /quiet 23:00-07:00
command-settings = abunəliyiniz, saat, qurşaq, sakit saatlar və mövzular
command-unsubscribe = başlıqları dayandırmaq (başqa cür demədikcə mövzular qalır)

## Düymələr

button-latest = 📰 Ən son
button-sections = 📚 Bölmələr
button-more = Başqa cavablar ›
button-back = ‹ Geri
button-whole-section = Bütün bölmə
button-older = Əvvəlkilər ›
button-newer = ‹ Sonrakılar
button-next-page = İrəli ›
button-previous-page = ‹ Geri
button-all-articles = ‹ Bütün məqalələr
button-previous-section = ‹ Əvvəlki bölmə
button-next-section = Növbəti bölmə ›
button-back-to-article = ‹ Məqaləyə qayıt
button-subscribe = 🔔 Abunə ol
button-instant = Hər yeni başlıq
button-daily = Gündəlik icmal
button-off = Söndür
button-chosen = ✓ { $caption }
button-digest-hour = 🕗 İcmal saatı
button-timezone = 🌍 Saat qurşağı
button-quiet = 🌙 Sakit saatlar
button-follows = 📌 Mövzular
button-no-quiet = Sakit saat yoxdur
button-drop-follow = ✖ { $words }
button-back-to-settings = ‹ Ayarlar
button-explain = İzah et
button-explain-numbered = İzah et { $number }
button-undo-unsubscribe = ↩ Geri qaytar
button-drop-follows-too = Mövzuları da dayandır
button-drop-follows-yes = Bəli, dayandır
button-keep-follows = ‹ Qalsın

## Cavablar

answer-position = <i>Cavab { $index } / { $total }</i>
read-article = Məqaləni oxu
open-story = Xəbəri aç
explained-by = Məqalələrimiz nə yazır:
answer-other-language = { $language } dilində olan səhifədən:
not-found = Məqalələrimizdə “{ $question }” haqqında heç nə tapmadım. Başqa sözlərlə yoxlayın, ən son başlıqlara /latest-də, məqalələrə isə /sections-da baxın.

related-give = Məqalələrimizdə bu yoxdur: { $thing }.
related-say = Məqalələrimiz bunu demir: { $clause }.
related-asked = Məqalələrimizdə soruşduğunuz { $asked ->
    [amount] rəqəm
    [date] tarix
    [person] ad
    [place] yer
   *[cause] səbəb
  } yoxdur.
related-question = Məqalələrimiz “{ $question }” sualına cavab vermir.
related-on = “{ $subject }” haqqında bizdə olan budur:
related-closest = Bizdə olan ən yaxın cavab budur:

## Söhbət: qısa, səmimi və hər biri /help-ə yönləndirir

small-talk-greeting = Salam! 👋 Xəbərlər haqqında öz sözlərinizlə soruşun, məsələn: <i>Azərbaycan niyə 19 nəfəri saxlayıb?</i> Nə edə bildiyim /help-dadır.
small-talk-thanks = Buyurun! 🙂 Xəbərlər haqqında istədiyiniz vaxt soruşun. Nə edə bildiyim /help-dadır.
small-talk-goodbye = Sağ olun! 👋 İstənilən vaxt sualla qayıdın. Nə edə bildiyim /help-dadır.
small-talk-identity = Mən xəbər botuyam: suallara məqalələrimizdən cavabı olan parça ilə cavab verirəm. Nə edə bildiyim /help-dadır.
small-talk-abilities = Sualınızı öz sözlərinizlə verin, məqalələrimizdən cavabı olan parça ilə cavab verim. /latest ən son başlıqları, /sections məqalələri göstərir. Bütün əmrlər /help-dadır.
small-talk-filler = 🙂 Xəbərlər haqqında istədiyiniz vaxt soruşun, məsələn: <i>İran niyə Zəngəzur dəhlizinə qarşıdır?</i> Nə edə bildiyim /help-dadır.
small-talk-blank = Mesajınız boşdur 🙂 Sualınızı sözlə yazın, məsələn: <i>Azərbaycan niyə 19 nəfəri saxlayıb?</i> Nə edə bildiyim /help-dadır.

## Botun qəbul edə bilmədiyi mesajlar və öz xətaları

ask-usage = Belə soruşun: <code>/ask Azərbaycan niyə 19 nəfəri saxlayıb?</code>
too-long = Sual üçün bu çox uzundur ({ $limit } simvola qədər oxuyuram). Zəhmət olmasa, bir-iki cümlə ilə soruşun.
only-text = Yalnız mətn oxuyuram. Sualınızı mesajla göndərin və ya /latest və /sections-a baxın.
unknown-command = Bu əmri tanımıram. Nə edə bildiyim /help-dadır.
slow-down = Cavab verə bildiyimdən tez soruşursunuz 🙂 Zəhmət olmasa, { $seconds } saniyə gözləyin, sonra yenidən soruşun.
stale-list = Bu siyahı artıq dəyişib. Yenidən soruşun və ya yenisi üçün /latest və ya /sections göndərin.
failure = Bağışlayın, məndə nəsə səhv getdi. Bir azdan yenidən cəhd edin.

## /latest və /sections

articles-list = Məqalələr
latest-title = <b>Ən son başlıqlar</b> · səhifə { $page } / { $pages }
no-headlines = Hələ başlıq yoxdur. Bir az sonra yoxlayın.
articles-title = <b>Məqalələr</b> · səhifə { $page } / { $pages }
articles-choose = Bölmələrini görmək üçün məqalə seçin.
no-articles = Hələ məqalə yoxdur. Bir az sonra yoxlayın.
choose-section = Oxumaq üçün bölmə seçin.

## /language

language-prompt = Sizinlə Azərbaycan dilində danışıram. Başqa dil seçin:
language-set = ✅ Bundan sonra sizinlə Azərbaycan dilində danışacağam.
language-usage = Dili düymələrlə seçin: /language

## Dillərin adları, "… dilində olan səhifədən" üçün

language-name-en = İngilis
language-name-ru = Rus
language-name-az = Azərbaycan

## Abunəlik

quoted = “{ $text }”
subscribe-prompt-title = <b>Yeni başlıqları necə almaq istəyirsiniz?</b>
subscribe-prompt-instant = • <b>Hər yeni başlıq</b>: dərc olunan kimi hər biri.
subscribe-prompt-daily = • <b>Gündəlik icmal</b>: gündə bir mesaj, saat { $time } ({ $zone }), sonuncudan bəri olan başlıqlarla.
subscribe-prompt-off = • <b>Söndür</b>: izlədiyiniz mövzulardan (/follow) başqa heç nə.
subscribe-prompt-hint = <i>Başqa saat üçün: /subscribe daily 07:30</i>
subscribe-usage = /subscribe göndərib seçin və ya dərhal deyin: <code>/subscribe daily 08:00</code>, <code>/subscribe instant</code> və ya <code>/subscribe off</code>.
mode-set-instant = ✅ Hər yeni başlığı dərc olunan kimi alacaqsınız.
mode-set-daily = ✅ Hər gün saat { $time } ({ $zone }) gündəlik icmal alacaqsınız.
mode-set-off = ✅ Abunəlik söndürülüb: izlədiyiniz mövzulardan başqa başlıq gəlməyəcək.
unsubscribed = Abunəlikdən çıxdınız: başlıqlar artıq gəlməyəcək. /subscribe onları istənilən vaxt qaytarır.
unsubscribed-was-off = Başlıqlar onsuz da söndürülmüşdü.
unsubscribed-follows-stay = İzlədiyiniz mövzular qalır və onların başlıqları gəlməyə davam edir: { $follows }.
confirm-drop-follows = { $follows } mövzularını da izləməyi dayandıraq? Onların başlıqları gəlməyəcək; istənilən vaxt /follow ilə yenidən izləyə bilərsiniz.
follows-dropped-too = Abunəlikdən çıxdınız və artıq { $follows } mövzularını izləmirsiniz. /subscribe və /follow onları istənilən vaxt qaytarır.
undone = ↩ Geri qaytarıldı. { $modeSet }
welcome-back = 👋 Xoş gəldiniz! Abunəliyiniz və mövzularınız yenidən aktivdir. /settings onları göstərir.
admins-only = Qrupun abunəliyini yalnız onun adminləri dəyişə bilər.
channel-admins-only = Kanalın abunəliyini yalnız onun adminləri dəyişə bilər.

time-usage = Vaxtı belə yazın: <code>08:00</code>, <code>19:30</code>, <code>19</code> və ya <code>7pm</code>: <code>/subscribe daily 19:00</code>.
hour-prompt = Gündəlik icmalın saatını seçin ({ $zone }) və ya başqa vaxt üçün <code>/subscribe daily 07:30</code> göndərin.

timezone-prompt = Saat qurşağınız: <b>{ $zone }</b>. Aşağıda başqasını seçin, şəhər və ya UTC-dən fərq göndərin (<code>/timezone Berlin</code>, <code>/timezone UTC+4</code>), ya da yerinizi paylaşın.
timezone-set = ✅ Saat qurşağı: <b>{ $zone }</b> (orada indi saat { $time }).
timezone-unknown = “{ $text }” saat qurşağını tanımıram. Şəhər (<code>/timezone Berlin</code>, <code>/timezone new york</code>), UTC-dən fərq (<code>/timezone UTC+4</code>) göndərin və ya yerinizi paylaşın; ya da /timezone göndərib seçin.
timezone-no-location = Bu yerin saat qurşağını müəyyən edə bilmirəm. Əvəzində şəhər göndərin, məsələn <code>/timezone Berlin</code>.

quiet-prompt-window = Sakit saatlar: <b>{ $window }</b> ({ $zone }). Bu vaxt gələn başlıqlar onların sonunu gözləyir.
quiet-prompt-none = Sakit saat yoxdur: başlıqlar dərc olunan kimi gəlir.
quiet-prompt-hint = Aşağıda seçin və ya <code>/quiet 23:00-07:00</code> ya da <code>/quiet off</code> göndərin.
quiet-set = ✅ Sakit saatlar { $window } ({ $zone }): bu vaxt gələn başlıqlar onların sonunu gözləyir.
quiet-off = ✅ Sakit saat yoxdur: başlıqlar dərc olunan kimi gəlir.
quiet-same = Başlanğıc və son eynidir ({ $time }): sakit saatlar üçün iki fərqli vaxt lazımdır, məsələn <code>/quiet 23:00-07:00</code>.
quiet-one-time = Bu bir vaxtdır; sakit saatlar üçün başlanğıc və son lazımdır, məsələn <code>/quiet { $time }-07:00</code>.
quiet-bad-time = “{ $text }” ifadəsini günün vaxtı kimi oxuya bilmirəm: <code>23:00</code>, <code>7</code> və ya <code>11pm</code> kimi yazın (saatlar 0-dan 23-ə, dəqiqələr 0-dan 59-a), məsələn <code>/quiet 23:00-07:00</code>.

follow-usage = Nəyi izləmək istədiyinizi deyin, məsələn <code>/follow Zəngəzur dəhlizi</code>: bu barədə yeni başlıqlar və bölmələr çıxdıqca gələcək.
follow-added = 📌 “{ $words }” izlənilir. Bu barədə yeni başlıqlar və bölmələr abunəliyinizdən asılı olmayaraq çıxdıqca gələcək. /following izlədiklərinizi göstərir.
follow-stopwords = { $words } { $count ->
    [one] sözü
   *[other] sözləri
  } izləmək üçün çox adidir: demək olar ki, hər başlıqda var. Mövzunu adlandıran söz əlavə edin, məsələn <code>/follow Zəngəzur dəhlizi</code>.
follow-common = { $words } { $count ->
    [one] sözü
   *[other] sözləri
  } məqalələrimin çoxunda var, ona görə izləsəniz, demək olar ki, hər şey gələr. Mövzunu adlandıran söz əlavə edin və ya hər başlığı almaq üçün /subscribe seçin.
follow-too-long = İzləmək üçün bu çox uzundur: bir neçə söz ({ $max } simvola qədər) daha yaxşıdır.
follow-limit = Artıq { $max } mövzu izləyirsiniz, saxladığımın ən çoxu budur. Əvvəlcə /following-də birini silin.
following-title = <b>İzlədiyiniz mövzular</b>
following-hint = İzləməyi dayandırmaq üçün birinə basın.
following-none = Hələ heç bir mövzu izləmirsiniz. <code>/follow Zəngəzur dəhlizi</code> yoxlayın.
follow-dropped = “{ $words }” artıq izlənilmir.

settings-title = { $chatType ->
    [channel] <b>Kanalın ayarları</b>
    [private] <b>Ayarlarınız</b>
   *[group] <b>Qrupun ayarları</b>
  }
settings-mode = Başlıqlar: { $mode ->
    [instant] hər yeni başlıq
    [daily] hər gün saat { $time } gündəlik icmal
   *[off] söndürülüb
  }
settings-zone = Saat qurşağı: { $zone }
settings-quiet = Sakit saatlar: { $window }
settings-none = yoxdur
settings-follows = Mövzular: { $follows }

stats-in-private = 📊 /stats-ı yalnız şəxsi çatda göndərirəm, sizə isə hələ yaza bilmirəm: @{ $bot } ilə çat açın, Start düyməsinə basın və orada soruşun.

explain-none = Hələ “{ $title }” xəbərini izah edən məqaləm yoxdur. Öz sözlərinizlə soruşun və ya /latest-ə baxın.
explain-gone = O başlıq artıq məndə yoxdur.
explain-none-alert = Hələ “{ $title }” xəbərini izah edən məqaləm yoxdur.

## Bildirişlər və icmallar (sadə mətn: mesajı quranlar onu ekranlaşdırır)

burst-title = { $count } yeni başlıq
more-new = Daha { $count } yeni başlıq: /latest-ə baxın
read-link = Saytda oxu
new-section = Yeni bölmə: { $heading }
follow-note = “{ $query }” mövzusunu izləyirsiniz
digest-title = { $date } üçün icmalınız
digest-count = { $count } yeni başlıq
digest-part = hissə { $part } / { $total }
other-list = Digər xəbərlər

## Saxlanan suallar: cavabların altında 👍 / 👎, /privacy, /console

command-privacy = suallarınızdan nəyi və nə qədər saxlayıram
feedback-up = 👍
feedback-down = 👎
feedback-reason-wrong-article = Yanlış məqalə
feedback-reason-missing = Cavab yoxdur
feedback-reason-outdated = Köhnəlib
feedback-thanks = Bildirdiyiniz üçün təşəkkürlər!
feedback-ask-reason = Təşəkkürlər! İstəsəniz, nəyin səhv olduğunu seçin.
feedback-gone = Bu sual artıq saxlanmır, ona görə qiymətləndirilə bilməz.
privacy-title = <b>Suallarınızdan nəyi saxlayıram</b>
privacy-questions = Mənə verdiyiniz hər sual (inline sorğulardan başqa) və cavabım: parça, onun balı, sizin 👍 / 👎 və səbəbi.
privacy-identity = Onunla birlikdə diliniz və çatınız — çata və ya adınıza geri çevrilə bilməyən açarlı heş kimi. Adınız və istifadəçi adınız heç vaxt saxlanmır.
privacy-retention = Redaktorlar oxucuların nə soruşduğunu və məqalələrimizdə nəyin çatışmadığını görmək üçün onları oxuyur. { $days } gündən sonra sual və onun səsləri silinir.
privacy-subscriptions = Abunəliklər və izlədiyiniz mövzular siz /unsubscribe edənə və ya silənə qədər saxlanır.
console-link = 🔐 Redaktor konsoluna linkiniz, { $minutes } dəqiqə və bir dəfə açılmaq üçün keçərlidir:
    { $url }
console-admins-only = Bağışlayın, redaktor konsolu yalnız saytın redaktorları üçündür.
console-off = Redaktor konsolu söndürülüb: onu açmaq üçün CONSOLE_PORT təyin edin.
console-private-only = Konsolun linkini yalnız şəxsi çatda göndərirəm: orada soruşun.
