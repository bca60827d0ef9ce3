# language: tr
@section-6 @1688 @worldfirst
Özellik: 1688.com üzerinde ödeme — World Pay ile ödeyin
  Ödeme yöntemi olarak ‘Cross-border treasure’ı seçin. Alipay kişisel hesabına şifrenizi girin ve
  siparişinizi tamamlayın!

  World Pay × 1688 SSS’den — 1688.com hesabımla neden ödeme yapamıyorum? WorldFirst hesap
  bakiyenizde yeterli offshore RMB (CNH) olduğundan emin olun: önceden bakiye yükleyin ya da diğer
  para birimlerini CNH’ye çevirin; bakiye, World Pay (跨境宝) ve 1688.com’un ek ücretlerini de
  karşılamalıdır.

  Rehberin söylemediği yerlerde bizim kurallarımız: ödeme şifresi art arda 5 yanlış girişten sonra
  kilitlenir; bir sipariş bir kez ödenir — iki kez gönderilen ya da 1688 hata verdikten veya net
  yanıt vermedikten sonra yeniden denenen ödeme parayı bir kez çeker.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı World hesabını açmış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış
    Ve "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcının Alipay ödeme şifresi "135790"

  @SCN-PAY-12 @PAY-01 @PAY-04 @PAY-06 @TOP-07 @ui
  Senaryo: Alıcı siparişi CNH bakiyesinden World Pay ile öder
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman sunulan ödeme yöntemleri: "World Pay, kredi/banka kartı"
    Ve World Pay işlem ücreti "0.36", hizmet ücreti "0.09", toplam "45.45" "CNY"
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş World Pay ile ödenir, toplam "45.45" "CNY"; sipariş tedarikçinin göndermesini bekler
    Ve alıcının "CNH" bakiyesi "954.55"

  @SCN-PAY-13 @PAY-01 @PAY-06
  Senaryo: Alıcı siparişi kartla öder, CNH bakiyesinden bir şey alınmaz
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi kartla öder
    O zaman sipariş kartla ödenir, toplam "45.45" "CNY"
    Ve alıcının "CNH" bakiyesi "1000.00"

  @SCN-PAY-14 @PAY-05 @TOP-07
  Senaryo: Siparişi karşılayan ama ücretleri karşılamayan bakiye yetmez
    Diyelim ki alıcının World hesabında "45.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman CNH bakiyesi "45.45" "CNY" tutarını karşılamadığı için ödeme reddedilir
    Ve alıcının "CNH" bakiyesi "45.00"

  @SCN-PAY-15 @PAY-05
  Senaryo: Tam olarak sipariş ve ücretleri kadar bakiye yeterlidir
    Diyelim ki alıcının World hesabında "45.45" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş World Pay ile ödenir, toplam "45.45" "CNY"; sipariş tedarikçinin göndermesini bekler
    Ve alıcının "CNH" bakiyesi "0.00"

  @SCN-PAY-16 @PAY-04
  Senaryo: Yanlış ödeme şifresi reddedilir ve deneme olarak sayılır
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi "111111" ödeme şifresiyle World Pay ile öder
    O zaman ödeme şifresi yanlış olduğu için ödeme reddedilir, 4 deneme hakkı kalır
    Ve alıcının "CNH" bakiyesi "1000.00"

  @SCN-PAY-17 @PAY-04
  Senaryo: 5 yanlış ödeme şifresinden sonra doğrusu da reddedilir
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı 5 kez yanlış ödeme şifresi girer
    Ve alıcı siparişi World Pay ile öder
    O zaman ödeme şifresi kilitlendiği için ödeme reddedilir
    Ve alıcının "CNH" bakiyesi "1000.00"

  @SCN-PAY-18 @PAY-04
  Senaryo: 6 haneli olmayan ödeme şifresi reddedilir ve deneme olarak sayılmaz
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi "13579" ödeme şifresiyle World Pay ile öder
    O zaman istek reddedilir: "paymentPassword" alanı "six-digits" kuralını ihlal ediyor

  @SCN-PAY-19 @PAY-07
  Senaryo: İki kez gönderilen ödeme bir kez yapılır
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi World Pay ile öder
    Ve alıcı aynı ödemeyi tekrar gönderir
    O zaman yanıt olarak aynı ödeme yeniden döner
    Ve alıcının "CNH" bakiyesi "954.55"

  @SCN-PAY-20 @PAY-07
  Senaryo: Ödenmiş bir sipariş yeniden ödenemez
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi World Pay ile öder
    Ve alıcı siparişi yeni bir ödemeyle tekrar World Pay ile öder
    O zaman sipariş zaten ödendiği için ödeme reddedilir
    Ve alıcının "CNH" bakiyesi "954.55"

  @SCN-PAY-21 @PAY-07
  Senaryo taslağı: 1688 ödemede <fault> arızası verir; yeniden deneme bir kez öder
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Ve 1688 sonraki ödemede <fault> arızası veriyor
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş World Pay ile ödenir, toplam "45.45" "CNY"; sipariş tedarikçinin göndermesini bekler
    Ve alıcının "CNH" bakiyesi "954.55"

    Örnekler:
      | fault            |
      | http-500         |
      | http-503         |
      | connection-reset |
      | no-answer        |

  @SCN-PAY-22 @PAY-07
  Senaryo: 1688 ödemeyi alır ama sonucun bilinmediğini söyler; yeniden deneme bir kez öder
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Ve 1688 sonraki ödemeyi alacak ama sonucunun bilinmediğini söyleyecek
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş World Pay ile ödenir, toplam "45.45" "CNY"; sipariş tedarikçinin göndermesini bekler
    Ve alıcının "CNH" bakiyesi "954.55"

  @SCN-PAY-23 @PAY-07
  Senaryo: Alıcı öderken 1688’e ulaşılamaz; hiçbir şey çekilmez
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Ve 1688’e ödemeler için ulaşılamıyor
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman alıcıya 1688 hizmetine şu anda ulaşılamadığı bildirilir
    Ve alıcının "CNH" bakiyesi "1000.00"

  @SCN-PAY-24 @PAY-07
  Senaryo: 1688’in iptal ettiği bir sipariş ödenemez
    Diyelim ki alıcının World hesabında "1000.00" CNH var
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Ve 1688 siparişi iptal etmiş
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş artık ödenemediği için ödeme reddedilir
    Ve alıcının "CNH" bakiyesi "1000.00"
