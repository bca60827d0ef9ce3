# language: tr
@section-1 @alipay @magic-values
Özellik: Alipay kişisel hesabı — SMS gelmediğinde veya geç geldiğinde
  "Doğrulama kodunu girin": kod SMS ile gelir ve SMS ulaşmayabilir. Simülatörün sihirli
  numaraları (+60 19-000 NNN9 hiç SMS almaz, +60 19-000 NNN5 SMS’leri 2 dakika geç alır)
  sistemin bu durumda ne yaptığını göstermeyi sağlar.

  @SCN-ALI-SMS-01 @ALI-02
  Senaryo: Hiç SMS almayan numaraya kodun gönderildiği söylenir ama kod gelmez
    Diyelim ki telefonuna hiç SMS gelmeyen bir alıcı
    Ve alıcı yolculuğa başlamış
    Eğer ki alıcı Alipay’den doğrulama kodu ister
    O zaman Alipay kodun gönderildiğini bildirir
    Eğer ki aradan 10 dakika geçer
    O zaman alıcıya hiç SMS ulaşmamıştır

  @SCN-ALI-SMS-02 @ALI-02 @ALI-07
  Senaryo: 2 dakika geç gelen kod 5 dakikalık süresi içinde kabul edilir
    Diyelim ki SMS’leri geç gelen bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki aradan 119 saniye geçer
    O zaman alıcıya hiç SMS ulaşmamıştır
    Eğer ki aradan 1 saniye geçer
    Ve alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir
