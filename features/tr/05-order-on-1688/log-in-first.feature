# language: tr
@section-5 @1688
Özellik: 1688.com üzerinden sipariş — önce 1688.com hesabınıza giriş yapın
  1688.com’u ziyaret edin ve 1688.com hesabınıza giriş yapın: arama ve sipariş bir 1688 üyesi
  olarak yapılır, bu yüzden bu adım, alıcının yolculukta bir 1688 hesabı olana kadar bekler.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-ORD-10 @ORD-01 @JRN-02
  Senaryo: Alıcı giriş yapmadan 1688’de arama yapamaz
    Eğer ki alıcı 1688’de "phone stand" arar
    O zaman "Telefonunuza gönderilen doğrulama kodunu girin" adımı tamamlanana kadar istek reddedilir

  @SCN-ORD-11 @ORD-01 @JRN-02
  Senaryo: Alıcı giriş yapmadan sipariş veremez
    Eğer ki alıcı 1 adet "610000000001-gray" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman "Telefonunuza gönderilen doğrulama kodunu girin" adımı tamamlanana kadar istek reddedilir
