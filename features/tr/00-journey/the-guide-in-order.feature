# language: tr
@section-0 @journey
Özellik: Alıcı yolculuğu — rehberdeki sırayla altı adım, ziyaretler arasında saklanır
  Uluslararası alıcılar için başlangıç rehberi: 1. Alipay kişisel hesap nasıl açılır?,
  2. 1688 hesabı nasıl açılır?, 3. WorldFirst hesabı nasıl açılır?, 4A. WorldFirst hesabını,
  1688 hesabı için yetkilendirme ve 4B. World Account’a bakiye yükleme, 5. 1688.com üzerinden
  sipariş, 6. 1688.com üzerinde ödeme. Ayrılıp aynı telefon numarasıyla geri dönen alıcı
  kaldığı yerden devam eder — uygulama yeniden başlatıldıktan sonra da.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı

  @SCN-JRN-01 @JRN-01 @ui
  Senaryo: Yeni bir yolculuk rehberin adımlarını sırayla gösterir ve Alipay koduyla başlar
    Eğer ki alıcı yolculuğa başlar
    O zaman yolculuk rehberin adımlarını şu sırayla gösterir: "alipay-account, 1688-account, world-account, authorise-1688, top-up-cnh, order, pay"
    Ve sıradaki adım "alipay-sms-code"
    Ve "alipay-account" adımının durumu "todo"

  @SCN-JRN-02 @JRN-04 @ui
  Senaryo: Geri dönen alıcı kaldığı yerden devam eder
    Diyelim ki alıcı yolculuğa başlamış
    Ve alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Eğer ki alıcı daha sonra aynı telefon numarasıyla geri döner
    O zaman sıradaki adım "alipay-identity"

  @SCN-JRN-03 @JRN-04 @restart
  Senaryo: İlerleme uygulama yeniden başlatıldıktan sonra da korunur
    Diyelim ki alıcı yolculuğa başlamış
    Ve alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Eğer ki uygulama yeniden başlatılır
    Ve alıcı daha sonra aynı telefon numarasıyla geri döner
    O zaman sıradaki adım "alipay-identity"
