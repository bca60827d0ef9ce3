# language: tr
@section-4b @worldfirst
Özellik: Bakiye yükleme — paranızı CNH’ye çevirin
  Paranızı CNH’ye çevirmek için “Convert”e tıklayın ve çevirmek istediğiniz tutarı girin — örnek
  olarak SGD’yi CNH para birimine çevirebilirsiniz (rehberin ekranında 1 SGD = 5.4560 CNH). World
  Account hesabınızda yeterli CNH bakiyesi bulunduğunda, 1688 platformu üzerinden ürün satın
  alabilirsiniz. World Pay (跨境宝) 4. adım: World hesabınızda yeterli CNH bakiyesi olduğundan emin
  olun ya da diğer para birimlerindeki bakiyenizi CNH’ye çevirin.

  Rehberin söylemediği yerlerde bizim kurallarımız: tutarlar para biriminin kendi ondalık
  basamaklarıyla yazılır (ISO 4217: JPY’de yok, IDR’de ve çoğu diğerinde iki), kurlar 4 ondalık
  basamaklıdır, teklifin diğer tarafı en küçük birime yarımda çifte yuvarlanır; teklif 60 saniye
  içinde onaylanmalıdır; iki kez onaylamak ya da WorldFirst net yanıt vermedikten sonra yeniden
  onaylamak tek bir dönüşüm yapar.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı World hesabını açmış
    Ve alıcının World hesabına "1000.00" "SGD" gelmiş

  @SCN-TOP-10 @TOP-05 @TOP-06
  Senaryo: Alıcı SGD’yi teklif edilen kurdan CNH’ye çevirir ve CNH bakiyesi artar
    Eğer ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek ister
    O zaman teklife göre "100.00" "SGD" karşılığında "545.60" "CNH" alınır, kur "5.4560"
    Ve teklif 60 saniye içinde onaylanabilir
    Eğer ki alıcı teklifi onaylar
    O zaman "100.00" "SGD", "545.60" "CNH" tutarına çevrilir
    Ve alıcının "CNH" bakiyesi "545.60"
    Ve alıcının "SGD" bakiyesi "900.00"

  @SCN-TOP-11 @TOP-05 @TOP-06
  Senaryo: Alıcı ihtiyacı olan CNH tutarını girer ve bunun maliyetini öğrenir
    Eğer ki alıcı "545.60" "CNH" almak için "SGD" karşılığında kur teklifi ister
    O zaman teklife göre "100.00" "SGD" karşılığında "545.60" "CNH" alınır, kur "5.4560"

  @SCN-TOP-12 @TOP-06
  Senaryo taslağı: Teklifin diğer tarafı para biriminin en küçük birimine yarımda çifte yuvarlanır
    # her satır kendi para birimi çiftini ayarlar: kurlar WorldFirst’ündür ve aynı anda çalışan senaryolarca paylaşılır
    Diyelim ki WorldFirst "<sell>" ile "<buy>" arasındaki kuru "<rate>" olarak veriyor
    Eğer ki alıcı "<amount>" "<sell>" tutarını "<buy>" para birimine çevirmek ister
    O zaman teklife göre "<amount>" "<sell>" karşılığında "<result>" "<buy>" alınır, kur "<rate>"

    Örnekler:
      | amount | sell | buy | rate       | result   |
      | 10.00  | SGD  | JPY | 113.6500   | 1136     |
      | 10.00  | EUR  | JPY | 113.7500   | 1138     |
      | 1.00   | SGD  | IDR | 12000.1250 | 12000.12 |
      | 1.00   | HKD  | IDR | 12000.1350 | 12000.14 |
      | 1137   | JPY  | CNH | 0.0480     | 54.58    |

  @SCN-TOP-13 @TOP-06
  Senaryo taslağı: Hatalı tutar reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Eğer ki alıcı "<amount>" "<currency>" tutarını "CNH" para birimine çevirmek ister
    O zaman istek reddedilir: "sellAmount" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | amount           | currency | rule                     |
      | -10.00           | SGD      | positive                 |
      | 0                | SGD      | positive                 |
      | 0.00             | SGD      | positive                 |
      | 10.001           | SGD      | decimals-of-the-currency |
      | 10.5             | JPY      | decimals-of-the-currency |
      | ten              | SGD      | number                   |
      | 1,000.00         | SGD      | number                   |
      | 9999999999999999 | SGD      | at-most-15-digits        |

  @SCN-TOP-14 @TOP-01 @TOP-05
  Senaryo taslağı: WorldFirst’ün çevirmediği para birimi reddedilir
    Eğer ki alıcı "100.00" "<currency>" tutarını "CNH" para birimine çevirmek ister
    O zaman WorldFirst bu para birimini desteklemediğinden istek reddedilir

    Örnekler:
      | currency |
      | KRW      |
      | CNY      |

  @SCN-TOP-15 @TOP-05
  Senaryo: Son saniyesinde onaylanan teklif çevrilir
    Diyelim ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek istemiş
    Eğer ki aradan 59 saniye geçer
    Ve alıcı teklifi onaylar
    O zaman "100.00" "SGD", "545.60" "CNH" tutarına çevrilir

  @SCN-TOP-16 @TOP-05
  Senaryo: 60 saniyeden eski teklif reddedilir ve hiçbir şey çevrilmez
    Diyelim ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek istemiş
    Eğer ki aradan 60 saniye geçer
    Ve alıcı teklifi onaylar
    O zaman teklifin süresi dolduğundan dönüşüm reddedilir
    Ve alıcının "SGD" bakiyesi "1000.00"

  @SCN-TOP-17 @TOP-05
  Senaryo: Bakiyeden fazlasını çevirmek reddedilir ve hiçbir şey çevrilmez
    Diyelim ki alıcı "1000.01" "SGD" tutarını "CNH" para birimine çevirmek istemiş
    Eğer ki alıcı teklifi onaylar
    O zaman bakiye yetersiz olduğundan dönüşüm reddedilir
    Ve alıcının "SGD" bakiyesi "1000.00"

  @SCN-TOP-18 @TOP-05 @TOP-06
  Senaryo: İki kez onaylanan teklif bir kez çevrilir
    Diyelim ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek istemiş
    Eğer ki alıcı teklifi onaylar
    Ve alıcı teklifi tekrar onaylar
    O zaman yanıt olarak aynı dönüşüm gelir
    Ve alıcının "CNH" bakiyesi "545.60"
    Ve alıcının "SGD" bakiyesi "900.00"

  @SCN-TOP-19 @TOP-05 @TOP-06
  Senaryo: WorldFirst çevirir ama “bilinmiyor” yanıtı verir; uygulama sonucu öğrenir, yeniden deneme bir şey daha çevirmez
    Diyelim ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek istemiş
    Ve WorldFirst sonraki dönüşümü yapacak ama sonucun bilinmediğini yanıtlayacak
    Eğer ki alıcı teklifi onaylar
    O zaman "100.00" "SGD", "545.60" "CNH" tutarına çevrilir
    Eğer ki alıcı teklifi tekrar onaylar
    O zaman yanıt olarak aynı dönüşüm gelir
    Ve alıcının "CNH" bakiyesi "545.60"
    Ve alıcının "SGD" bakiyesi "900.00"
