# language: tr
@section-1 @alipay @faults
Özellik: Alipay kişisel hesabı — Alipay’e ulaşılamadığında
  Alipay yanıt vermediğinde, bağlantıyı kestiğinde ya da hatayla yanıt verdiğinde alıcıya Alipay
  hizmetine ulaşılamadığı bildirilir, hiçbir şey kaydedilmez ve ardından yeniden denemek işe yarar.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-ALI-FAULT-01 @ALI-02 @JRN-04 @ui
  Senaryo: Alipay kod isteğine yanıt vermez; yeniden istemek işe yarar
    Diyelim ki Alipay sonraki kod isteğine yanıt vermiyor
    Eğer ki alıcı Alipay’den doğrulama kodu ister
    O zaman alıcıya Alipay hizmetine şu anda ulaşılamadığı bildirilir
    Ve sıradaki adım "Doğrulama kodunu girin"
    Eğer ki alıcı yeni bir kod ister
    O zaman Alipay kodun gönderildiğini bildirir
    Eğer ki alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir

  @SCN-ALI-FAULT-02 @ALI-02 @JRN-04
  Senaryo taslağı: Alipay kod isteğinde <kind> arızası verir; hiçbir şey kaydedilmez, yeniden istemek işe yarar
    Diyelim ki Alipay sonraki kod isteğinde <kind> arızası veriyor
    Eğer ki alıcı Alipay’den doğrulama kodu ister
    O zaman alıcıya Alipay hizmetine şu anda ulaşılamadığı bildirilir
    Ve sıradaki adım "Doğrulama kodunu girin"
    Eğer ki alıcı yeni bir kod ister
    O zaman Alipay kodun gönderildiğini bildirir

    Örnekler:
      | kind             |
      | connection-reset |
      | http-500         |
      | http-503         |
      | malformed-body   |
