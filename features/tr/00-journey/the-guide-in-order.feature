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
    O zaman yolculuk rehberin adımlarını şu sırayla gösterir: "Alipay kişisel hesabı, 1688 hesabı, World hesabı, 1688 hesabının WorldFirst’te yetkilendirilmesi, World Account’a bakiye yükleme, 1688.com’da sipariş, 1688.com’da ödeme"
    Ve sıradaki adım "Doğrulama kodunu girin"
    Ve "Alipay kişisel hesabı" adımının durumu "yapılacak"

  @SCN-JRN-02 @JRN-04 @ui
  Senaryo: Geri dönen alıcı kaldığı yerden devam eder
    Diyelim ki alıcı yolculuğa başlamış
    Ve alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Eğer ki alıcı daha sonra aynı telefon numarasıyla geri döner
    O zaman sıradaki adım "Kimliğinizi doğrulayın"

  @SCN-JRN-03 @JRN-04 @restart
  Senaryo: İlerleme uygulama yeniden başlatıldıktan sonra da korunur
    Diyelim ki alıcı yolculuğa başlamış
    Ve alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Eğer ki uygulama yeniden başlatılır
    Ve alıcı daha sonra aynı telefon numarasıyla geri döner
    O zaman sıradaki adım "Kimliğinizi doğrulayın"
