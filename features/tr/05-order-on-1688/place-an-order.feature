# language: tr
@section-5 @1688
Özellik: 1688.com üzerinden sipariş — ürün miktarını seçin ve sipariş verin
  Ürün miktarını seçin ve “Sipariş Ver”e tıklayın (1 ürün seçildi, ürün tutarı ¥20.00; kargo ücreti
  sipariş sayfasında gösterilir). “Uluslararası Gönderim”i seçin ve onaylayın.

  Rehberin söylemediği yerlerde bizim kurallarımız: miktar ürünün minimum sipariş miktarından az,
  varyantın stoğundan fazla olamaz; bir uluslararası gönderim çözümü seçilmelidir (Cainiao Global
  Standard ¥25.00, Cainiao Global Express ¥60.00); iki kez gönderilen aynı sipariş bir kez verilir.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış

  @SCN-ORD-15 @ORD-02 @ORD-04 @ORD-06 @ui
  Senaryo: Alıcı ürünü arar, ürün sayfasını açar ve uluslararası gönderimle sipariş verir
    Eğer ki alıcı 1688’de "phone stand" arar
    O zaman arama tam olarak "610000000001" ürünlerini bulur
    Eğer ki alıcı "610000000001" ürün sayfasını açar
    O zaman adet fiyatı "20.00" "CNY"
    Ve "610000000001-gray" varyantından stokta "14810" adet var
    Eğer ki alıcı 1 adet "610000000001-gray" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "20.00", kargo "25.00", toplam "45.00" "CNY"

  @SCN-ORD-16 @ORD-04 @ORD-06
  Senaryo taslağı: Sipariş toplamı, miktarın fiyat kademesindeki ürün tutarı artı kargodur
    Eğer ki alıcı <quantity> adet "610000000001-gray" ürününü "<logistics>" uluslararası gönderimiyle sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "<goods>", kargo "<carriage>", toplam "<total>" "CNY"

    Örnekler:
      | quantity | logistics               | goods    | carriage | total    |
      | 1        | CAINIAO_GLOBAL_EXPRESS  | 20.00    | 60.00    | 80.00    |
      | 99       | CAINIAO_GLOBAL_STANDARD | 1980.00  | 25.00    | 2005.00  |
      | 100      | CAINIAO_GLOBAL_STANDARD | 1850.00  | 25.00    | 1875.00  |
      | 1000     | CAINIAO_GLOBAL_STANDARD | 16800.00 | 25.00    | 16825.00 |

  @SCN-ORD-17 @ORD-06
  Senaryo: Sipariş verilmeden önce önizlenebilir
    Eğer ki alıcı 100 adet "610000000001-gray" ürününün "CAINIAO_GLOBAL_EXPRESS" uluslararası gönderimiyle siparişini önizler
    O zaman önizleme şunu gösterir: ürünler "1850.00", kargo "60.00", toplam "1910.00" "CNY"

  @SCN-ORD-18 @ORD-06
  Senaryo: Uluslararası gönderim seçilmeden verilen sipariş reddedilir
    Eğer ki alıcı uluslararası gönderim seçmeden 1 adet "610000000001-gray" sipariş eder
    O zaman istek reddedilir: "logisticsSolutionId" alanı "required" kuralını ihlal ediyor

  @SCN-ORD-19 @ORD-05
  Senaryo: Alıcının bölgesine satılmayan bir ürün sipariş edilemez
    Eğer ki alıcı 1 adet "610000000004-white" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman ürün "MY" bölgesine satılmadığı için sipariş reddedilir

  @SCN-ORD-20 @ORD-05
  Senaryo: Aynı ürün, satıldığı bir bölgeye teslim edilmek üzere sipariş edilebilir
    Eğer ki alıcı 1 adet "610000000004-white" ürününü "SG" bölgesine teslim edilmek üzere sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "32.00", kargo "25.00", toplam "57.00" "CNY"

  @SCN-ORD-21 @ORD-06
  Senaryo: Stoktan fazlası sipariş edilemez
    Eğer ki alıcı 6 adet "610000000003-black" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman stokta yalnızca 5 adet olduğu için sipariş reddedilir
    Eğer ki alıcı 5 adet "610000000003-black" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "21.00", kargo "25.00", toplam "46.00" "CNY"

  @SCN-ORD-22 @ORD-06
  Senaryo: Tükenmiş bir varyant sipariş edilemez
    Eğer ki alıcı 1 adet "610000000003-white" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman stokta yalnızca 0 adet olduğu için sipariş reddedilir

  @SCN-ORD-23 @ORD-06
  Senaryo: Minimum sipariş miktarından azı sipariş edilemez
    Eğer ki alıcı 9 adet "610000000002-clear" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman minimum sipariş miktarı 10 olduğu için sipariş reddedilir
    Eğer ki alıcı 10 adet "610000000002-clear" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "35.00", kargo "25.00", toplam "60.00" "CNY"

  @SCN-ORD-24 @ORD-06
  Senaryo: İki kez gönderilen aynı sipariş bir kez verilir
    Eğer ki alıcı 1 adet "610000000001-gray" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    Ve alıcı aynı siparişi tekrar gönderir
    O zaman yanıt olarak aynı sipariş yeniden döner

  @SCN-ORD-25 @ORD-06
  Senaryo taslağı: Hatalı bilgili sipariş reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Eğer ki alıcı <quantity> adet "<variant>" ürününü "<logistics>" uluslararası gönderimiyle sipariş eder
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | quantity   | variant             | logistics               | field               | rule                     |
      | 0          | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1000000000 | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1          | 610000000001-purple | CAINIAO_GLOBAL_STANDARD | specId              | known-variant            |
      | 1          | 610000000001-gray   | DHL_EXPRESS             | logisticsSolutionId | one-of                   |

  @SCN-ORD-26 @ORD-06
  Senaryo: Alıcı sipariş verirken 1688’e ulaşılamaz
    Diyelim ki 1688’e siparişler için ulaşılamıyor
    Eğer ki alıcı 1 adet "610000000001-gray" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman alıcıya 1688 hizmetine şu anda ulaşılamadığı bildirilir
