# language: tr
@section-2 @1688 @faults
Özellik: 1688 hesabı — 1688’e ulaşılamadığında
  Alıcı hesap açarken 1688 yanıt vermediğinde, bağlantıyı kestiğinde ya da hatayla yanıt
  verdiğinde alıcıya 1688 hizmetine ulaşılamadığı bildirilir, hiçbir şey kaydedilmez ve ardından
  aynı üye adıyla yeniden hesap açmak işe yarar.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-REG-FAULT-01 @REG-02 @JRN-04 @ui
  Senaryo: 1688 kayda yanıt vermez; yeniden hesap açmak işe yarar
    Diyelim ki 1688 sonraki kayda yanıt vermiyor
    Eğer ki alıcı 1688 kişisel hesabını açar
    O zaman alıcıya 1688 hizmetine şu anda ulaşılamadığı bildirilir
    Ve sıradaki adım "Doğrulama kodunu girin"
    Eğer ki alıcı 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir

  @SCN-REG-FAULT-02 @REG-02 @JRN-04
  Senaryo taslağı: 1688 kayıtta <kind> arızası verir; hiçbir şey kaydedilmez, yeniden hesap açmak işe yarar
    Diyelim ki 1688 sonraki kayıtta <kind> arızası veriyor
    Eğer ki alıcı 1688 kişisel hesabını açar
    O zaman alıcıya 1688 hizmetine şu anda ulaşılamadığı bildirilir
    Ve sıradaki adım "Doğrulama kodunu girin"
    Eğer ki alıcı 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir

    Örnekler:
      | kind             |
      | connection-reset |
      | http-500         |
      | http-503         |
      | malformed-body   |
