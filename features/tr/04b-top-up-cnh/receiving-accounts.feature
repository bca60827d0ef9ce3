# language: tr
@section-4b @worldfirst
Özellik: Bakiye yükleme — ödeme alma hesabı oluşturun ve para alın
  World Account’a nasıl bakiye yüklenir? 1688.com üzerinden alışverişlerinizi tamamlayabilmek
  için, WorldFirst hesabınızda yeterli CNH (offshore Çin Yuanı) bakiyesi olacak şekilde tercih
  ettiğiniz para biriminde bakiye yükleyin. Hesabınıza giriş yapın, WorldFirst kontrol panelinizde
  “Yeni alıcı hesabı oluştur” seçeneğini seçin. CNH (Offshore Çin Yuanı), USD, SGD, HKD, GBP, EUR,
  AUD, JPY, NZD, CAD, MYR, THB, IDR ve PHP para birimlerinde ödeme alabilirsiniz. WorldFirst’e
  bakiye yüklemesi için bir para birimini seçin. Para birimi seçin, ödeme alma hesabınıza isim
  verin ve oluşturacağınız hesabı önizleyin: yalnızca CNH tahsil edilir, diğer para birimlerindeki
  fonlar iade edilir; şimdilik yalnızca Hong Kong’da (Çin) JP Morgan Chase Bank hesabı açılabilir;
  Hong Kong içinde 0-1 günde tahsilat yöntemleri: yurt içi GIRO/ACH havalesi ve yurt içi CHATS
  havalesi. Ödeme alma hesabınız oluşturuldu!

  Rehberin söylemediği yerlerde bizim kurallarımız: aynı istekle iki kez hesap oluşturmak hesabı
  bir kez oluşturur; WorldFirst gelen parayı uygulamaya imzalı bir bildirimle haber verir,
  uygulama da bildirimi aldığını onaylar.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı World hesabını açmış

  @SCN-TOP-01 @TOP-02 @TOP-03
  Senaryo: CNH ödeme alma hesabının önizlemesi bankayı, tahsil edilen para birimini ve tahsilat yöntemlerini gösterir
    Eğer ki alıcı "CNH" para biriminde, "My CNH" adlı ödeme alma hesabını önizler
    O zaman önizleme "CNH" para birimli, "My CNH" adlı hesabı "JP Morgan Chase" bankasında, "Hong Kong" konumunda gösterir
    Ve önizleme yalnızca "CNH" tahsil edildiğini, diğer para birimlerindeki fonların iade edildiğini söyler
    Ve önizleme "GIRO/ACH, CHATS" tahsilat yöntemlerini ve "0-1" günlük süreyi listeler
    Ve alıcının henüz bir ödeme alma hesabı yok

  @SCN-TOP-02 @TOP-01 @TOP-04
  Senaryo taslağı: 14 para biriminin her birinde ödeme alma hesabı anında oluşturulur
    Eğer ki alıcı "<currency>" para biriminde "My <currency>" adlı bir ödeme alma hesabı oluşturur
    O zaman "<currency>" ödeme alma hesabı 12 haneli bir hesap numarasıyla oluşturulur ve etkinleşir
    Ve alıcının "<currency>" bakiyesi "<zero>"

    Örnekler:
      | currency | zero |
      | CNH      | 0.00 |
      | USD      | 0.00 |
      | SGD      | 0.00 |
      | HKD      | 0.00 |
      | GBP      | 0.00 |
      | EUR      | 0.00 |
      | AUD      | 0.00 |
      | JPY      | 0    |
      | NZD      | 0.00 |
      | CAD      | 0.00 |
      | MYR      | 0.00 |
      | THB      | 0.00 |
      | IDR      | 0.00 |
      | PHP      | 0.00 |

  @SCN-TOP-03 @TOP-01
  Senaryo taslağı: WorldFirst’ün kabul etmediği para birimi reddedilir
    Eğer ki alıcı "<currency>" para biriminde, "My account" adlı ödeme alma hesabını önizler
    O zaman WorldFirst bu para birimini desteklemediğinden istek reddedilir

    Örnekler:
      | currency |
      | CNY      |
      | KRW      |

  @SCN-TOP-04 @TOP-01
  Senaryo taslağı: Para birimi kodu olmayan bir para birimi reddedilir; yanıt hatalı alanı söyler
    Eğer ki alıcı "<currency>" para biriminde "My account" adlı bir ödeme alma hesabı oluşturur
    O zaman istek reddedilir: "currency" alanı "iso-4217-code" kuralını ihlal ediyor

    Örnekler:
      | currency |
      | cnh      |
      | CN       |
      | 156      |

  @SCN-TOP-05 @TOP-04
  Senaryo: Aynı ödeme alma hesabını iki kez oluşturmak onu bir kez oluşturur
    Diyelim ki alıcı "CNH" para biriminde bir ödeme alma hesabı oluşturmuş
    Eğer ki alıcı aynı "CNH" ödeme alma hesabı isteğini tekrar gönderir
    O zaman yanıt olarak aynı "CNH" ödeme alma hesabı gelir

  @SCN-TOP-06 @TOP-03
  Senaryo: CNH hesabına yatırılan CNH bakiyeye geçer ve uygulamaya bildirilir
    Diyelim ki alıcı "CNH" para biriminde bir ödeme alma hesabı oluşturmuş
    Eğer ki "250.00" "CNH" tutarında bir ödeme alıcının "CNH" ödeme alma hesabına yatırılır
    O zaman WorldFirst ödemeyi hesaba geçirir
    Ve WorldFirst’ün "CNH" ödeme alma hesabına gelen fonlarla ilgili bildirimi uygulama tarafından onaylanır
    Ve alıcının "CNH" bakiyesi "250.00"

  @SCN-TOP-07 @TOP-03
  Senaryo: CNH hesabına başka bir para biriminde gönderilen fonlar iade edilir
    Diyelim ki alıcı "CNH" para biriminde bir ödeme alma hesabı oluşturmuş
    Eğer ki "100.00" "USD" tutarında bir ödeme alıcının "CNH" ödeme alma hesabına yatırılır
    O zaman WorldFirst ödemeyi iade eder
    Ve alıcının "CNH" bakiyesi "0.00"
